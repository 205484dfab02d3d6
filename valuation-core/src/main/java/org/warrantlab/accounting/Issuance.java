package org.warrantlab.accounting;

import org.warrantlab.check.Checks;

/**
 * A tranche issued: it enters the liability at its fair value on its issue date.
 *
 * @param trancheId the tranche issued; its issue date is the measurement date
 * @param inputs the measurement on the issue date
 */
public record Issuance(String trancheId, MeasurementInputs inputs) implements MeasuredEvent {

  public Issuance {
    Checks.notNull(trancheId, "tranche");
    Checks.notNull(inputs, "market");
  }

  @Override
  public LineItem lineItem() {
    return LineItem.ISSUANCES;
  }
}
