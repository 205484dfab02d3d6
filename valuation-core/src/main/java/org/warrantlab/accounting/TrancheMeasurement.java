package org.warrantlab.accounting;

import java.math.BigDecimal;
import org.warrantlab.pricer.TrancheValuation;

/**
 * A tranche's fair value on one date: the Monte Carlo valuation, with the resolved terms it used, and
 * the amount booked, the tranche's value rounded to the cent.
 */
public record TrancheMeasurement(TrancheValuation valuation, BigDecimal fairValue) {

  public static TrancheMeasurement of(TrancheValuation valuation) {
    return new TrancheMeasurement(valuation, Money.ofDollars(valuation.fairValue().value()));
  }

  public String trancheId() {
    return valuation.warrant().warrant().id();
  }
}
