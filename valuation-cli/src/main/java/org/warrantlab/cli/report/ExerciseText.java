package org.warrantlab.cli.report;

import java.util.Locale;
import java.util.Optional;
import org.warrantlab.exercise.EarlyExerciseSettings;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.ExerciseBounds;
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

  /** The tranche's lower and upper bounds per warrant and their duality gap, where they were measured. */
  static Optional<String> bounds(TrancheValuation tranche) {
    return exerciseBounds(tranche).map(bounds -> String.format(Locale.US,
        "per warrant between %.4f ± %.4f (fitted policies) and %.4f ± %.4f (duality bound); gap %.4f ± %.4f"
            + " (%s), on %,d outer paths with %,d continuations a date on average where needed",
        bounds.lowerBound().value(), bounds.lowerBound().standardError(), bounds.upperBound().value(),
        bounds.upperBound().standardError(), bounds.dualityGap().value(), bounds.dualityGap().standardError(),
        gapShare(bounds), bounds.outerPaths(), bounds.continuations()));
  }

  /** A one-line warning where the duality gap exceeds {@link ExerciseBounds#WARNING_GAP} of the value. */
  static Optional<String> warning(TrancheValuation tranche) {
    return exerciseBounds(tranche).filter(ExerciseBounds::gapIsWide).map(bounds -> String.format(Locale.US,
        "warning: the duality gap is %s of the value, above %.0f%%: the exercise policy or the bound is loose"
            + " (more calibration paths, exercise dates or continuations narrow it)",
        gapShare(bounds), 100 * ExerciseBounds.WARNING_GAP));
  }

  private static Optional<ExerciseBounds> exerciseBounds(TrancheValuation tranche) {
    return tranche.earlyExercise().flatMap(ExerciseStatistics::bounds);
  }

  private static String gapShare(ExerciseBounds bounds) {
    return String.format(Locale.US, "%.2f%%", 100 * bounds.dualityGap().value() / bounds.lowerBound().value());
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
