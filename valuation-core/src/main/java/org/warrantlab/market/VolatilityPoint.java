package org.warrantlab.market;

import org.warrantlab.check.Checks;

/**
 * One point of a volatility term structure: the annualised volatility a claim expiring at a term sees.
 *
 * @param term years from the valuation date, positive
 * @param volatility the term volatility σ(term), a decimal
 */
public record VolatilityPoint(double term, double volatility) {

  public VolatilityPoint {
    Checks.positive(term, "term");
    Checks.nonNegative(volatility, "volatility");
  }
}
