package org.warrantlab.accounting;

import org.warrantlab.check.Checks;

/**
 * The company and the holders agree new terms, such as a repricing. The incremental fair value, the
 * value on the new terms less the value on the old, both measured on the amendment date with the same
 * random numbers, is a modification.
 *
 * @param trancheId the tranche
 * @param change the new terms
 * @param inputs the measurement on the amendment date
 */
public record Amendment(String trancheId, TermsChange change, MeasurementInputs inputs) implements MeasuredEvent {

  public Amendment {
    Checks.notNull(trancheId, "tranche");
    Checks.notNull(change, "change");
    Checks.notNull(inputs, "market");
  }

  @Override
  public LineItem lineItem() {
    return LineItem.MODIFICATIONS;
  }
}
