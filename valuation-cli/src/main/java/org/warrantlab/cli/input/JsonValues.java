package org.warrantlab.cli.input;

import com.fasterxml.jackson.databind.JsonNode;

/** How the input readers speak of a JSON value: its description in a message, and whether it is whole. */
final class JsonValues {

  /** Beyond this, a number written with a decimal point or an exponent may have lost its last digits. */
  private static final double EXACT_WHOLE_LIMIT = 9.0e15;

  private JsonValues() {
  }

  /** The value as a message names it: {@code the string "2013/02/30"}, {@code an array}, {@code nothing}. */
  static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    return switch (value.getNodeType()) {
      case STRING -> "the string \"" + value.textValue() + "\"";
      case NUMBER -> "the number " + value.asText();
      case BOOLEAN -> "the boolean " + value.asText();
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      default -> value.getNodeType().name().toLowerCase();
    };
  }

  /**
   * Whether a number is a whole number that reads as a {@code long} exactly: written as an integer in range,
   * or with a decimal point or an exponent below {@link #EXACT_WHOLE_LIMIT}.
   */
  static boolean isExactWhole(JsonNode number) {
    if (number.isIntegralNumber()) {
      return number.canConvertToLong();
    }
    double value = number.doubleValue();
    return isWhole(value) && Math.abs(value) < EXACT_WHOLE_LIMIT;
  }

  /** Whether {@code value} is a finite whole number. */
  static boolean isWhole(double value) {
    return Double.isFinite(value) && value == Math.rint(value);
  }
}
