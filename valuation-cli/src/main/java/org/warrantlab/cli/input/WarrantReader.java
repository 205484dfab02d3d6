package org.warrantlab.cli.input;

import java.time.LocalDate;
import java.util.List;
import org.warrantlab.instrument.AntiDilution;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.ScheduledReset;
import org.warrantlab.instrument.Warrant;

/** Reads one entry of a {@code warrants} array: a tranche on the terms its contract states. */
final class WarrantReader {

  private WarrantReader() {
  }

  static Warrant read(JsonObjectReader entry) {
    String id = entry.text("id");
    long count = entry.wholeNumber("count");
    double sharesPerWarrant = entry.number("sharesPerWarrant", 1.0);
    double exercisePrice = entry.number("exercisePrice");
    LocalDate issueDate = entry.date("issueDate");
    LocalDate expiryDate = entry.date("expiryDate");
    ExerciseStyle style = entry.enumValue("exerciseStyle", ExerciseStyle.class, ExerciseStyle.EUROPEAN);
    Dilution dilution = entry.enumValue("dilution", Dilution.class, Dilution.NONE);
    AntiDilution clause = ClauseReader.antiDilution(entry);
    List<ScheduledReset> resets = ClauseReader.scheduledResets(entry);
    List<LocalDate> exerciseDates = entry.optionalDates("exerciseDates");
    return entry.build(() -> new Warrant(id, count, sharesPerWarrant, exercisePrice, issueDate, expiryDate, style,
        dilution, clause, resets, exerciseDates));
  }
}
