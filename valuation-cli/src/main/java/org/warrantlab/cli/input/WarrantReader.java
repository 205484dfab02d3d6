package org.warrantlab.cli.input;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.warrantlab.event.BusinessCombination;
import org.warrantlab.instrument.AntiDilution;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.Redemption;
import org.warrantlab.instrument.ScheduledReset;
import org.warrantlab.instrument.Warrant;

/** Reads one entry of a {@code warrants} array: a tranche on the terms its contract states. */
final class WarrantReader {

  private WarrantReader() {
  }

  /** The tranche, contingent on no business combination. */
  static Warrant read(JsonObjectReader entry) {
    return read(entry, Optional.empty());
  }

  /**
   * The tranche, whose expiry may be given as {@code expiryYearsAfterCombination}: whole years after the
   * date of {@code combination}.
   */
  static Warrant read(JsonObjectReader entry, Optional<BusinessCombination> combination) {
    String id = entry.text("id");
    long count = entry.wholeNumber("count");
    double sharesPerWarrant = entry.number("sharesPerWarrant", 1.0);
    double exercisePrice = entry.number("exercisePrice");
    LocalDate issueDate = entry.date("issueDate");
    LocalDate expiryDate = expiryDate(entry, combination);
    ExerciseStyle style = entry.enumValue("exerciseStyle", ExerciseStyle.class, ExerciseStyle.EUROPEAN);
    Dilution dilution = entry.enumValue("dilution", Dilution.class, Dilution.NONE);
    AntiDilution clause = ClauseReader.antiDilution(entry);
    List<ScheduledReset> resets = ClauseReader.scheduledResets(entry);
    List<LocalDate> exerciseDates = entry.optionalDates("exerciseDates");
    List<Redemption> redemptions = RedemptionReader.read(entry);
    return entry.build(() -> new Warrant(id, count, sharesPerWarrant, exercisePrice, issueDate, expiryDate, style,
        dilution, clause, resets, exerciseDates, redemptions));
  }

  private static LocalDate expiryDate(JsonObjectReader entry, Optional<BusinessCombination> combination) {
    if (!entry.has("expiryYearsAfterCombination")) {
      return entry.date("expiryDate");
    }
    long years = entry.wholeNumber("expiryYearsAfterCombination");
    if (entry.has("expiryDate")) {
      throw new InputException(entry.pathOf("expiryYearsAfterCombination"),
          "and expiryDate are both given: give one of them");
    }
    if (combination.isEmpty()) {
      throw new InputException(entry.pathOf("expiryYearsAfterCombination"),
          "needs the book's businessCombination, whose date it counts from");
    }
    if (years < 1 || years > 100) {
      throw new InputException(entry.pathOf("expiryYearsAfterCombination"), "must be from 1 to 100 years but was "
          + years);
    }
    return combination.get().date().plusYears(years);
  }
}
