package org.warrantlab.market;

import java.util.Optional;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;

/**
 * A risk-free rate as quoted, with its compounding convention: the flat curve, the same rate for every term.
 *
 * @param quoted the rate as a decimal, e.g. 0.024 for 2.4%
 * @param compounding how {@code quoted} compounds
 */
public record RiskFreeRate(double quoted, Compounding compounding) implements RiskFreeCurve {

  public RiskFreeRate {
    Checks.finite(quoted, "riskFreeRate");
    Checks.notNull(compounding, "rateCompounding");
    if (quoted <= -1) {
      throw new InvalidValueException("riskFreeRate", "must be above -1 but was " + quoted);
    }
  }

  public static RiskFreeRate continuous(double rate) {
    return new RiskFreeRate(rate, Compounding.CONTINUOUS);
  }

  /** The continuously compounded equivalent, the rate every pricer uses. */
  public double continuous() {
    return compounding.toContinuous(quoted);
  }

  /** The rate quoted at {@code newQuoted} with the same compounding. */
  public RiskFreeRate withQuoted(double newQuoted) {
    return new RiskFreeRate(newQuoted, compounding);
  }

  @Override
  public double zeroRate(double years) {
    return continuous();
  }

  @Override
  public double forwardRate(double from, double to) {
    return continuous();
  }

  @Override
  public double quotedRate(double years) {
    return quoted;
  }

  @Override
  public Optional<RiskFreeRate> scalar() {
    return Optional.of(this);
  }

  @Override
  public boolean isFlat() {
    return true;
  }

  @Override
  public double lowestForwardRate() {
    return continuous();
  }

  @Override
  public RiskFreeRate shiftedContinuous(double amount) {
    return continuous(continuous() + amount);
  }

  @Override
  public RiskFreeRate shiftedQuoted(double amount) {
    return withQuoted(quoted + amount);
  }
}
