package org.warrantlab.cli.report;

import org.warrantlab.market.MarketData;
import org.warrantlab.pricer.TrancheValuation;
import org.warrantlab.result.Estimate;

/**
 * What a tranche's standard error means: sampled noise, none because the control variate reproduces the
 * closed form exactly, or a figure the simulation cannot resolve, so that a zero or a tiny error is never
 * read as precision it does not have.
 */
public enum Resolution {

  /** An ordinary Monte Carlo estimate: the standard error measures its noise. */
  SAMPLED("sampled"),

  /** The payoff is the control variate itself: the value is the closed form, with no sampling error. */
  EXACT_BY_CONTROL_VARIATE("exact (closed form via control variate)"),

  /** No simulated path pays: the zero and its zero error say nothing about the true value. */
  NO_PAYING_PATH("the simulation cannot resolve it: no simulated path pays"),

  /** A handful of paths carry the whole value: the error is as large as the value itself. */
  FEW_PAYING_PATHS("the simulation cannot resolve it: a few paths carry the whole value");

  /**
   * The standard error, as a share of the value, from which a few paths carry it: with k equal payoffs
   * among many paths the ratio is about 1/√k, so 0.5 means four paths or fewer.
   */
  static final double FEW_PATHS_RELATIVE_ERROR = 0.5;

  /**
   * How small an error, and how close to the closed form, counts as exact: the rounding of an average of
   * exact values (policy batches that each value a plain tranche at its closed form), and no more.
   */
  static final double EXACT_RELATIVE = 1e-12;

  private final String text;

  Resolution(String text) {
    this.text = text;
  }

  /** The words the reports print. */
  public String text() {
    return text;
  }

  /** Whether the figure cannot be relied on. */
  public boolean unresolved() {
    return this == NO_PAYING_PATH || this == FEW_PAYING_PATHS;
  }

  /**
   * How {@code tranche}'s value was resolved in {@code market}; without volatility to its expiry every path
   * is the same.
   */
  public static Resolution of(TrancheValuation tranche, MarketData market) {
    Estimate estimate = tranche.perWarrant();
    double value = estimate.value();
    double error = estimate.standardError();
    if (error <= EXACT_RELATIVE * Math.abs(value) && value != 0 && tranche.closedFormPerWarrant().isPresent()
        && Math.abs(tranche.closedFormPerWarrant().getAsDouble() - value) <= EXACT_RELATIVE * Math.abs(value)) {
      return EXACT_BY_CONTROL_VARIATE;
    }
    if (market.volatility().termVolatility(tranche.warrant().timeToExpiry()) == 0) {
      return SAMPLED;
    }
    if (value == 0 && error == 0) {
      return NO_PAYING_PATH;
    }
    return error >= FEW_PATHS_RELATIVE_ERROR * Math.abs(value) && value != 0 ? FEW_PAYING_PATHS : SAMPLED;
  }
}
