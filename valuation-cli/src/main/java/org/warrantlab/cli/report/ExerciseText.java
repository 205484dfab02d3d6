package org.warrantlab.cli.report;

import java.util.Locale;
import org.warrantlab.exercise.EarlyExerciseSettings;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.ExerciseStatistics;
import org.warrantlab.pricer.TrancheValuation;

/** How a tranche may be exercised and how its holders did exercise, in words for the reports. */
final class ExerciseText {

  private ExerciseText() {
  }

  /** One line per tranche: the style and, where early exercise was valued, the exercise statistics. */
  static String describe(TrancheValuation tranche) {
    ExerciseStyle style = tranche.warrant().warrant().exerciseStyle();
    if (style == ExerciseStyle.EUROPEAN) {
      return "EUROPEAN: at expiry only";
    }
    if (tranche.earlyExercise().isEmpty()) {
      return style + ": valued as European — early exercise never pays without a dividend yield, a negative rate"
          + " or a post-money financing";
    }
    ExerciseStatistics statistics = tranche.earlyExercise().get();
    return String.format(Locale.US, "%s: %d exercise dates; exercised on %s of paths, before expiry on %s;"
            + " mean exercise time %s", style, statistics.exerciseDates(),
        percent(statistics.exerciseProbability().value(), statistics.exerciseProbability().standardError()),
        percent(statistics.earlyExerciseProbability().value(), statistics.earlyExerciseProbability().standardError()),
        Double.isNaN(statistics.meanExerciseYears()) ? "n/a"
            : String.format(Locale.US, "%.3f years", statistics.meanExerciseYears()));
  }

  /** The Longstaff–Schwartz settings, as one line. */
  static String method(SimulationSettings settings) {
    EarlyExerciseSettings early = settings.earlyExercise();
    return String.format(Locale.US, "Early exercise: Longstaff–Schwartz, American warrants tested %d times a year,"
            + " %s basis of degree %d solved by %s, in %d independent batches each fitting its policy on %,d"
            + " calibration paths apart from the pricing paths (the standard error is the batches' spread)",
        early.datesPerYear(), early.basis(), early.degree(), early.solver(), early.calibrations(),
        early.calibrationPathsPerPolicy());
  }

  private static String percent(double probability, double standardError) {
    return String.format(Locale.US, "%.2f%% ± %.2f%%", 100 * probability, 100 * standardError);
  }
}
