package org.warrantlab.market;

import java.util.Optional;
import org.warrantlab.check.Checks;

/**
 * One volatility for every term.
 *
 * @param volatility annualised volatility of the log share price, a decimal
 */
public record FlatVolatility(double volatility) implements VolatilityCurve {

  public FlatVolatility {
    Checks.nonNegative(volatility, "volatility");
  }

  @Override
  public double termVolatility(double years) {
    return volatility;
  }

  @Override
  public double forwardVolatility(double from, double to) {
    return volatility;
  }

  @Override
  public Optional<FlatVolatility> scalar() {
    return Optional.of(this);
  }

  @Override
  public boolean isFlat() {
    return true;
  }

  @Override
  public double lowest() {
    return volatility;
  }

  @Override
  public FlatVolatility shifted(double amount) {
    return new FlatVolatility(volatility + amount);
  }
}
