package org.warrantlab.greeks;

import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;

/**
 * How far each input moves for bump-and-revalue Greeks. Central differences throughout, except vega
 * when the volatility is below its bump (a forward difference then) and theta (time only moves forward).
 *
 * @param spotFraction share-price bump as a fraction of the spot, for delta and gamma
 * @param volatility absolute bump of the annualised volatility, for vega
 * @param rate absolute bump of the continuously compounded rate, for rho
 * @param days calendar days the valuation date moves forward, for theta
 */
public record Bumps(double spotFraction, double volatility, double rate, int days) {

  /** 1% of the spot, one volatility point, one basis point, one day. */
  public static final Bumps DEFAULT = new Bumps(0.01, 0.01, 0.0001, 1);

  public Bumps {
    Checks.positive(spotFraction, "spotFraction");
    if (spotFraction >= 1) {
      throw new InvalidValueException("spotFraction", "must be below 1 but was " + spotFraction);
    }
    Checks.positive(volatility, "volatility");
    Checks.positive(rate, "rate");
    Checks.positive(days, "days");
  }

  /** The bump of a year fraction: {@link #days()} in ACT/365F years. */
  public double years() {
    return days / 365.0;
  }
}
