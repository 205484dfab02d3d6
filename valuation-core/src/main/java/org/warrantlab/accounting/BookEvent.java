package org.warrantlab.accounting;

import java.time.LocalDate;

/** Something that happened to one tranche of the book between two reporting dates. */
public sealed interface BookEvent
    permits MeasuredEvent, Expiration, AntiDilutionAdjustment {

  /** The tranche's id. */
  String trancheId();

  /** When it happened. */
  LocalDate date();

  /** Where its amount goes in the roll-forward; {@code CHANGE_IN_FAIR_VALUE} for events that book nothing. */
  LineItem lineItem();
}
