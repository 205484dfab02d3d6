package org.warrantlab.pricer;

import java.util.Optional;
import org.warrantlab.check.Checks;

import org.warrantlab.result.Estimate;

/**
 * How the holders of a tranche exercised under the fitted early-exercise policy, over the pricing paths.
 *
 * @param exerciseProbability share of paths on which the tranche is exercised at all (early, or at expiry
 *     in the money)
 * @param earlyExerciseProbability share of paths on which it is exercised before expiry
 * @param meanExerciseYears mean years from the valuation date to exercise, over the paths that exercise;
 *     NaN when none does
 * @param exerciseDates exercise dates the simulation offered, expiry included
 * @param bounds the value's lower and upper bounds, unless the run could not afford the upper bound or
 *     asked for none
 */
public record ExerciseStatistics(Estimate exerciseProbability, Estimate earlyExerciseProbability,
    double meanExerciseYears, int exerciseDates, Optional<ExerciseBounds> bounds) {

  public ExerciseStatistics {
    Checks.notNull(bounds, "bounds");
  }
}
