package org.warrantlab.scenario;

import org.warrantlab.check.InvalidValueException;

/** Turns a perturbed number into the whole number a count, a seed or a number of days must be. */
final class WholeNumbers {

  /** Beyond this a double no longer tells whole numbers apart reliably (2^53 is about 9.007e15). */
  private static final double LARGEST = 9.0e15;

  private WholeNumbers() {
  }

  static long toLong(double value, String field) {
    if (!Double.isFinite(value) || value != Math.rint(value)) {
      throw new InvalidValueException(field, "must be a whole number but was " + value);
    }
    if (Math.abs(value) >= LARGEST) {
      throw new InvalidValueException(field, "must be a whole number below 9e15 in size but was " + value);
    }
    return (long) value;
  }

  static int toInt(double value, String field) {
    long whole = toLong(value, field);
    if (whole < Integer.MIN_VALUE || whole > Integer.MAX_VALUE) {
      throw new InvalidValueException(field, "must be a whole number of at most " + Integer.MAX_VALUE
          + " in size but was " + value);
    }
    return (int) whole;
  }
}
