package org.warrantlab.result;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A Monte Carlo estimate with its standard error.
 *
 * @param value the estimate
 * @param standardError standard error of the estimate (zero for an exact value)
 * @param samples independent samples behind it (an antithetic pair counts once; for randomised
 *     quasi-Monte Carlo, the independent replicates)
 * @param degreesOfFreedom the degrees of freedom of the standard error when it comes from a few
 *     independent replicates, so that the interval uses Student's t quantile; {@link #LARGE_SAMPLE} when it
 *     comes from many samples, so that the interval uses the normal quantile
 */
public record Estimate(double value, double standardError, long samples, int degreesOfFreedom) {

  /** The two-sided 95% normal quantile. */
  public static final double Z_95 = 1.959963984540054;

  /** {@link #degreesOfFreedom()} of a large-sample estimate: its interval uses {@link #Z_95}. */
  public static final int LARGE_SAMPLE = 0;

  public Estimate {
    if (degreesOfFreedom < 0) {
      throw new IllegalArgumentException("degrees of freedom must be non-negative but were " + degreesOfFreedom);
    }
  }

  /** A large-sample estimate: its interval uses the normal quantile. */
  public Estimate(double value, double standardError, long samples) {
    this(value, standardError, samples, LARGE_SAMPLE);
  }

  /** An exact value: zero standard error. */
  public static Estimate exact(double value) {
    return new Estimate(value, 0.0, 1);
  }

  /** The two-sided 95% quantile the interval uses: Student's t on {@link #degreesOfFreedom()}, or normal. */
  public double quantile95() {
    return degreesOfFreedom == LARGE_SAMPLE ? Z_95
        : new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.975);
  }

  public double lower95() {
    return value - quantile95() * standardError;
  }

  public double upper95() {
    return value + quantile95() * standardError;
  }

  /** This estimate multiplied by a constant, e.g. per-warrant value times the warrant count. */
  public Estimate times(double factor) {
    return new Estimate(value * factor, standardError * Math.abs(factor), samples, degreesOfFreedom);
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
