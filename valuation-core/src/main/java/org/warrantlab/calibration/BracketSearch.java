package org.warrantlab.calibration;

import java.util.Map;
import org.warrantlab.result.Estimate;

/**
 * Finds two inputs whose values lie either side of the price, walking from the inputs' own value in the
 * direction that moves the value towards the price, each step past the secant's root (and never shorter than
 * a step that doubles), until the value crosses the price or the walk reaches the end of the range. Starting near the answer keeps the number of valuations small, and
 * never valuing far from it keeps the walk away from inputs (a volatility of several hundred percent over
 * years) where a Monte Carlo estimate of the value is poor.
 */
final class BracketSearch {

  /** The first step, as a fraction of the distance to the range's end in the walk's direction. */
  private static final double FIRST_STEP = 0.1;

  /** How far past the secant's root the walk steps, so that the next value is likely across the price. */
  private static final double OVERSHOOT = 1.5;

  private BracketSearch() {
  }

  /** Two inputs, {@code lower < upper}, whose gaps to the price do not have the same sign. */
  record Bracket(double lower, double upper) {
  }

  /**
   * A bracket of the price in {@code range}, starting from {@code start}; throws a refusal naming the side of
   * the price when the walk reaches the end of the range without the value crossing it.
   */
  static Bracket find(Trials trials, SearchRange range, double start, double price) {
    double from = Math.min(Math.max(start, range.lower()), range.upper());
    double gap = trials.gap(from);
    if (gap == 0) {
      return new Bracket(from, from);
    }
    double probe = from < range.upper() ? from + FIRST_STEP * (range.upper() - from)
        : from - FIRST_STEP * (from - range.lower());
    double probeGap = trials.gap(probe);
    if (Math.signum(probeGap) != Math.signum(gap)) {
      return new Bracket(Math.min(from, probe), Math.max(from, probe));
    }
    double slope = (probeGap - gap) / (probe - from);
    boolean up = slope == 0 ? gap < 0 : (gap < 0) == (slope > 0);
    double end = up ? range.upper() : range.lower();
    boolean probeFurther = up == probe > from;
    double previous = probeFurther ? from : probe;
    double last = probeFurther ? probe : from;
    double step = FIRST_STEP * Math.abs(end - last);
    while (last != end) {
      double lastGap = trials.gap(last);
      double secant = (lastGap - trials.gap(previous)) / (last - previous);
      double toRoot = secant == 0 ? 0 : Math.abs(lastGap / secant) * OVERSHOOT;
      double move = Math.max(step, toRoot);
      double next = up ? Math.min(last + move, end) : Math.max(last - move, end);
      if (Math.signum(trials.gap(next)) != Math.signum(gap)) {
        return new Bracket(Math.min(last, next), Math.max(last, next));
      }
      previous = last;
      last = next;
      step *= 2;
    }
    Map.Entry<Double, Estimate> nearest = trials.nearest();
    throw new CalibrationRefusedException(new Refusal.NoSolution(price,
        gap > 0 ? Refusal.Side.BELOW_EVERY_VALUE : Refusal.Side.ABOVE_EVERY_VALUE, range, nearest.getKey(),
        nearest.getValue()));
  }
}
