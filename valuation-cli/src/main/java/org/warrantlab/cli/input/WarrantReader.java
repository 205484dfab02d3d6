package org.warrantlab.cli.input;

import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.Warrant;

/** Reads one entry of a {@code warrants} array: a tranche on the terms its contract states. */
final class WarrantReader {

  private WarrantReader() {
  }

  static Warrant read(JsonObjectReader entry) {
    return entry.build(() -> new Warrant(
        entry.text("id"),
        entry.wholeNumber("count"),
        entry.number("sharesPerWarrant", 1.0),
        entry.number("exercisePrice"),
        entry.date("issueDate"),
        entry.date("expiryDate"),
        entry.enumValue("exerciseStyle", ExerciseStyle.class, ExerciseStyle.EUROPEAN),
        entry.enumValue("dilution", Dilution.class, Dilution.NONE),
        ClauseReader.antiDilution(entry),
        ClauseReader.scheduledResets(entry),
        entry.optionalDates("exerciseDates")));
  }
}
