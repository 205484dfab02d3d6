package org.warrantlab.accounting;

import org.warrantlab.check.Checks;

/**
 * Warrants exercised: their fair value on the exercise date leaves the liability for equity.
 *
 * @param trancheId the tranche
 * @param count warrants exercised
 * @param inputs the measurement on the exercise date
 */
public record Exercise(String trancheId, long count, MeasurementInputs inputs) implements MeasuredEvent {

  public Exercise {
    Checks.notNull(trancheId, "tranche");
    Checks.positive(count, "count");
    Checks.notNull(inputs, "market");
  }

  @Override
  public LineItem lineItem() {
    return LineItem.EXERCISES;
  }
}
