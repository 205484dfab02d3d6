package org.warrantlab.attribution;

import java.util.List;

/**
 * A line of an attribution. The substituted factors each move one group of inputs from the opening to
 * the closing value; {@link #EVENTS} and {@link #SAMPLING} bridge the substitution to the booked amounts.
 */
public enum Factor {

  /** The events of the span valued at the opening inputs, less the amounts booked on their own dates. */
  EVENTS,

  /** The passage of time: the valuation date (and the issue date of a tranche issued since) moved only. */
  TIME,

  SHARE_PRICE,

  VOLATILITY,

  /** The risk-free rate, as quoted and compounded. */
  RATES,

  DIVIDEND_YIELD,

  SHARES_OUTSTANDING,

  /** The assumed future financings. */
  FINANCING,

  /** A tranche's contract terms other than its count: in a roll-forward, the anti-dilution adjustments. */
  TERMS,

  /** Whatever else differs: the warrants outstanding of a tranche. */
  OTHER,

  /**
   * The reported measurements less the same states valued on the common paths, where a measurement drew
   * its own normals (a shorter grid after time passes, other simulation settings): Monte Carlo noise.
   */
  SAMPLING;

  /** The substituted factors in the default order. */
  public static final List<Factor> SUBSTITUTED = List.of(TIME, SHARE_PRICE, VOLATILITY, RATES, DIVIDEND_YIELD,
      SHARES_OUTSTANDING, FINANCING, TERMS, OTHER);

  /** Whether this factor moves inputs in the substitution (rather than bridging it to booked amounts). */
  public boolean substituted() {
    return SUBSTITUTED.contains(this);
  }
}
