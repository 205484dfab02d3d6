package org.warrantlab.accounting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.result.Estimate;

/**
 * An event as the roll-forward booked it.
 *
 * @param event what happened
 * @param count warrants concerned
 * @param termsBefore the tranche's terms before the event; empty for an issuance
 * @param termsAfter the tranche's terms after it; empty when no warrant of the tranche remains
 * @param perWarrantBefore fair value per warrant on the old terms, where the event is measured on them
 * @param perWarrantAfter fair value per warrant on the new terms, where the event is measured on them
 * @param amount the amount booked on the event's line, signed by its effect on the liability
 * @param bookBefore the book outstanding that day in which the old terms were measured; empty where they were not
 * @param bookAfter the book outstanding that day in which the new terms were measured; empty where they were not
 */
public record RecordedEvent(
    BookEvent event,
    long count,
    Optional<Warrant> termsBefore,
    Optional<Warrant> termsAfter,
    Optional<Estimate> perWarrantBefore,
    Optional<Estimate> perWarrantAfter,
    BigDecimal amount,
    List<Warrant> bookBefore,
    List<Warrant> bookAfter) {

  public RecordedEvent {
    bookBefore = List.copyOf(bookBefore);
    bookAfter = List.copyOf(bookAfter);
  }
}
