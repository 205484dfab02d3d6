package org.warrantlab.cli.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one form of a date in every input, the JSON files, the price files and the command line's options:
 * ISO YYYY-MM-DD with a four-digit year. {@link LocalDate#parse} alone would also take years such as
 * +999999999, whose trading days no simulation could walk.
 */
public final class IsoDate {

  /** The form, as a message names it. */
  public static final String FORM = "an ISO date (YYYY-MM-DD)";

  private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private IsoDate() {
  }

  /** The date {@code text} writes in the form, or empty when it is not one or names no real day. */
  public static Optional<LocalDate> parse(String text) {
    if (!FOUR_DIGIT_YEAR.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
