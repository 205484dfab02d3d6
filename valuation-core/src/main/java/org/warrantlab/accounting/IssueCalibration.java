package org.warrantlab.accounting;

import org.warrantlab.calibration.CalibrationTarget;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.scenario.NumericInput;

/**
 * An issuance's instruction to calibrate (ASC 820-10-35-24C, IFRS 13.64): solve one input so that the model
 * recovers the tranche's transaction price, and carry the solved input to the tranche's later measurements.
 *
 * @param name the input's name in the caller's terms, for reports
 * @param input the input solved for: a market input or a financing assumption
 * @param price the transaction price of the tranche, per warrant or in total
 * @param basis whether the price is per warrant or the tranche's total
 * @param carryForward how the solved input reaches later measurements
 */
public record IssueCalibration(String name, NumericInput input, double price, CalibrationTarget.Basis basis,
    CarryForward carryForward) {

  public IssueCalibration {
    Checks.notNull(name, "solve");
    Checks.notNull(input, "solve");
    Checks.notNull(basis, "per");
    Checks.notNull(carryForward, "carryForward");
    if (!(price > 0) || Double.isInfinite(price)) {
      throw new InvalidValueException("price", "must be a positive transaction price but was " + price);
    }
  }

  /** The figure of tranche {@code trancheId} the price is matched to. */
  CalibrationTarget target(String trancheId) {
    return new CalibrationTarget(java.util.List.of(trancheId), basis);
  }
}
