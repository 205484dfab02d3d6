package org.warrantlab.check;

import java.time.LocalDate;

/**
 * Validators that return their argument and name the field. NaN fails every numeric check.
 */
public final class Checks {

  private Checks() {
  }

  public static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, "is required");
    }
    return value;
  }

  public static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new InvalidValueException(field, "must be finite but was " + value);
    }
    return value;
  }

  public static double positive(double value, String field) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new InvalidValueException(field, "must be positive and finite but was " + value);
    }
    return value;
  }

  public static double nonNegative(double value, String field) {
    if (!(value >= 0) || !Double.isFinite(value)) {
      throw new InvalidValueException(field, "must be non-negative and finite but was " + value);
    }
    return value;
  }

  public static double probability(double value, String field) {
    if (!(value >= 0 && value <= 1)) {
      throw new InvalidValueException(field, "must be between 0 and 1 but was " + value);
    }
    return value;
  }

  public static double fraction(double value, String field) {
    if (!(value >= 0 && value < 1)) {
      throw new InvalidValueException(field, "must be at least 0 and below 1 but was " + value);
    }
    return value;
  }

  public static long positive(long value, String field) {
    if (value <= 0) {
      throw new InvalidValueException(field, "must be positive but was " + value);
    }
    return value;
  }

  public static int positive(int value, String field) {
    if (value <= 0) {
      throw new InvalidValueException(field, "must be positive but was " + value);
    }
    return value;
  }

  /** Checks that {@code date} is on or after {@code earliest}, naming both fields. */
  public static LocalDate notBefore(LocalDate date, String field, LocalDate earliest, String earliestName) {
    notNull(date, field);
    if (date.isBefore(earliest)) {
      throw new InvalidValueException(field,
          "(" + date + ") must not be before " + earliestName + " (" + earliest + ")");
    }
    return date;
  }
}
