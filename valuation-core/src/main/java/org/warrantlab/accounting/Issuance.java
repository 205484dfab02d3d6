package org.warrantlab.accounting;

import java.util.Optional;
import org.warrantlab.check.Checks;

/**
 * A tranche issued: it enters the liability at its fair value on its issue date.
 *
 * @param trancheId the tranche issued; its issue date is the measurement date
 * @param inputs the measurement on the issue date
 * @param calibration the input to solve so the model recovers the transaction price, if any
 */
public record Issuance(String trancheId, MeasurementInputs inputs, Optional<IssueCalibration> calibration)
    implements MeasuredEvent {

  public Issuance {
    Checks.notNull(trancheId, "tranche");
    Checks.notNull(inputs, "market");
    Checks.notNull(calibration, "calibration");
  }

  /** An issuance measured on the issue date's own inputs. */
  public Issuance(String trancheId, MeasurementInputs inputs) {
    this(trancheId, inputs, Optional.empty());
  }

  @Override
  public LineItem lineItem() {
    return LineItem.ISSUANCES;
  }
}
