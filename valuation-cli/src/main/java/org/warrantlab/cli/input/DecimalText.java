package org.warrantlab.cli.input;

import java.math.BigDecimal;

/**
 * Reads a decimal number typed by the user ({@code 0.65}, {@code 1.5e6}), refusing before any arithmetic a
 * number a double cannot hold: {@code 1e999999999} is read in a moment but would fill the memory once
 * stepped through or subtracted.
 */
public final class DecimalText {

  /** The most characters of a number: more is a paste gone wrong, not a valuation input. */
  static final int MAX_LENGTH = 100;

  /** The largest decimal exponent accepted: doubles reach about 1.8e308. */
  static final int MAX_EXPONENT = 300;

  private DecimalText() {
  }

  /**
   * The number {@code text} states; fails with a one-line reason ("is not a number", "is out of range")
   * that starts with the text itself in quotes.
   */
  public static BigDecimal parse(String text) {
    String trimmed = text.strip();
    if (trimmed.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("'" + trimmed.substring(0, 20) + "...' is longer than " + MAX_LENGTH
          + " characters, which no number here needs");
    }
    BigDecimal number;
    try {
      number = new BigDecimal(trimmed);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + trimmed + "' is not a number");
    }
    if (number.signum() == 0) {
      return BigDecimal.ZERO;
    }
    long exponent = (long) number.precision() - number.scale() - 1;
    if (exponent > MAX_EXPONENT || exponent < -MAX_EXPONENT) {
      throw new IllegalArgumentException("'" + trimmed + "' is out of range: numbers here lie between 1e-"
          + MAX_EXPONENT + " and 1e" + MAX_EXPONENT + " in size");
    }
    return number;
  }
}
