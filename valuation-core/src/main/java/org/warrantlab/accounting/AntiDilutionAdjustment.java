package org.warrantlab.accounting;

import java.time.LocalDate;
import org.warrantlab.check.Checks;

/**
 * The tranche's own down-round clause adjusted its terms after an actual financing. The contract
 * already provided for it, so it is no modification: its effect shows in the change in fair value.
 *
 * @param trancheId the tranche
 * @param date the day the adjustment took effect
 * @param change the adjusted terms
 */
public record AntiDilutionAdjustment(String trancheId, LocalDate date, TermsChange change) implements BookEvent {

  public AntiDilutionAdjustment {
    Checks.notNull(trancheId, "tranche");
    Checks.notNull(date, "date");
    Checks.notNull(change, "change");
  }

  @Override
  public LineItem lineItem() {
    return LineItem.CHANGE_IN_FAIR_VALUE;
  }
}
