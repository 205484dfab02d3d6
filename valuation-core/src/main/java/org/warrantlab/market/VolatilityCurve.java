package org.warrantlab.market;

import java.util.Optional;

/**
 * The volatility as a function of the term: one volatility for every term ({@link FlatVolatility}) or term
 * volatilities at a few terms ({@link TermVolatilities}) read as piecewise-constant forward variance. A
 * claim expiring at T sees a total variance of exactly σ(T)² T. A flat curve returns its one volatility
 * exactly, so that it values as the scalar volatility does, bit for bit.
 */
public sealed interface VolatilityCurve permits FlatVolatility, TermVolatilities {

  /** σ(T): the annualised volatility of the log price from the valuation date to {@code years}. */
  double termVolatility(double years);

  /**
   * The annualised volatility of the log price from {@code from} to {@code to} years: the root of the
   * average forward variance over that step; the instantaneous forward volatility at {@code from} when
   * {@code to ≤ from}.
   */
  double forwardVolatility(double from, double to);

  /** The one volatility, when the input is a scalar rather than a term structure. */
  Optional<FlatVolatility> scalar();

  /** Whether every term has the same volatility. */
  boolean isFlat();

  /** The lowest volatility the curve is given at, the room a downward bump has. */
  double lowest();

  /** The curve with every volatility it is given at moved by {@code amount}. */
  VolatilityCurve shifted(double amount);
}
