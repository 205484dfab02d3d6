package org.warrantlab.market;

import java.util.Optional;

import org.warrantlab.math.Transcendentals;

/**
 * The risk-free rate as a function of the term: one quoted rate for every term ({@link RiskFreeRate}) or
 * zero rates at a few terms ({@link ZeroRateCurve}). Every rate returned is continuously compounded; a
 * flat curve returns its one rate exactly, so that a flat curve values as the scalar rate does, bit for bit.
 */
public sealed interface RiskFreeCurve permits RiskFreeRate, ZeroRateCurve {

  /** The continuously compounded zero rate to {@code years}. */
  double zeroRate(double years);

  /**
   * The continuously compounded forward rate averaged from {@code from} to {@code to} years, the rate a
   * path grows at over that step; the instantaneous forward rate at {@code from} when {@code to ≤ from}.
   */
  double forwardRate(double from, double to);

  /** The zero rate to {@code years} in the curve's own compounding, as a disclosure quotes it. */
  double quotedRate(double years);

  /** How the curve's rates are quoted. */
  Compounding compounding();

  /** The lowest instantaneous forward rate over all terms: below zero, early exercise of a call can pay. */
  double lowestForwardRate();

  /** The curve with every continuously compounded zero rate moved by {@code amount}, quoted continuous. */
  RiskFreeCurve shiftedContinuous(double amount);

  /** The curve with every quoted rate moved by {@code amount}, in the same compounding. */
  RiskFreeCurve shiftedQuoted(double amount);

  /** The one rate, when the input is a scalar rather than a curve. */
  Optional<RiskFreeRate> scalar();

  /** Whether every term has the same rate. */
  boolean isFlat();

  /** The discount factor to {@code years}: exp(-r(t) t). */
  default double discountFactor(double years) {
    return Transcendentals.exp(-zeroRate(years) * years);
  }
}
