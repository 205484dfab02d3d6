package org.warrantlab.result;

/**
 * A Monte Carlo estimate with its standard error.
 *
 * @param value the estimate
 * @param standardError standard error of the estimate (zero for an exact value)
 * @param samples independent samples behind it (an antithetic pair counts once)
 */
public record Estimate(double value, double standardError, long samples) {

  /** The two-sided 95% normal quantile. */
  public static final double Z_95 = 1.959963984540054;

  /** An exact value: zero standard error. */
  public static Estimate exact(double value) {
    return new Estimate(value, 0.0, 1);
  }

  public double lower95() {
    return value - Z_95 * standardError;
  }

  public double upper95() {
    return value + Z_95 * standardError;
  }

  /** This estimate multiplied by a constant, e.g. per-warrant value times the warrant count. */
  public Estimate times(double factor) {
    return new Estimate(value * factor, standardError * Math.abs(factor), samples);
  }

  /** Distance from {@code reference} in standard errors (infinite if it differs from an exact value). */
  public double standardErrorsFrom(double reference) {
    double difference = Math.abs(value - reference);
    if (standardError == 0) {
      return difference == 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    return difference / standardError;
  }
}
