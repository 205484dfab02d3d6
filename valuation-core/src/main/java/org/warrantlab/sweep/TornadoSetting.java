package org.warrantlab.sweep;

import org.warrantlab.check.Checks;

/**
 * A tornado input's low and high settings as numbers, and what the numbers are, so that a machine-readable
 * report gives them without their display form.
 *
 * @param low the low setting
 * @param high the high setting
 * @param unit what the two numbers are
 */
public record TornadoSetting(double low, double high, Unit unit) {

  /** What a setting's number is. */
  public enum Unit {
    /** The input's own value: a price, a count, a probability. */
    VALUE,
    /** A rate, volatility, yield or discount as a decimal fraction (0.72 for 72%). */
    FRACTION,
    /** A relative change of the input, as a fraction (-0.1 for 10% less). */
    RELATIVE_CHANGE,
    /** A shift of every point of a curve, as a fraction (0.01 for one percentage point). */
    SHIFT
  }

  public TornadoSetting {
    Checks.finite(low, "low");
    Checks.finite(high, "high");
    Checks.notNull(unit, "unit");
  }
}
