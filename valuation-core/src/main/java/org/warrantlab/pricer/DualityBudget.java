package org.warrantlab.pricer;

import java.util.Optional;
import org.warrantlab.exercise.DualityBound;
import org.warrantlab.exercise.EarlyExerciseSettings;
import org.warrantlab.exercise.ExercisablePaths;
import org.warrantlab.exercise.ExerciseDecision;

/**
 * How much nested simulation the duality gap of a run may use: its continuations, one walk of a path
 * each, cost at most {@link #WALKS_PER_PRICING_PATH} times the run's pricing paths, so that the upper bound
 * never costs much more than the valuation. Each outer path shares its part of that budget among the dates
 * that need continuations on it ({@link DualityBound}), up to the settings' continuations a date; the outer
 * paths are halved (to {@link #MIN_OUTER_PATHS}) until even a path that needs every date, at
 * {@link DualityBound#MIN_CONTINUATIONS} a date, stays within the budget. A run that cannot afford that has
 * no upper bound.
 *
 * @param outerPaths outer paths the gap is measured on
 * @param walksPerOuterPath continuations each outer path shares among its dates
 * @param maxContinuations the most continuations of one date
 */
record DualityBudget(int outerPaths, long walksPerOuterPath, int maxContinuations) {

  static final int WALKS_PER_PRICING_PATH = 16;
  static final int MIN_OUTER_PATHS = 8;

  /** The budget of a run of {@code pricingPaths} paths whose tranches have {@code exerciseDates} dates in all. */
  static Optional<DualityBudget> of(EarlyExerciseSettings settings, long pricingPaths, long exerciseDates) {
    if (settings.dualityPaths() == 0) {
      return Optional.empty();
    }
    double budget = (double) WALKS_PER_PRICING_PATH * pricingPaths;
    int most = settings.dualityContinuations();
    int fewest = Math.min(DualityBound.MIN_CONTINUATIONS, most);
    int outer = settings.dualityPaths();
    while ((double) outer * fewest * exerciseDates > budget) {
      if (outer / 2 < MIN_OUTER_PATHS) {
        return Optional.empty();
      }
      outer /= 2;
    }
    return Optional.of(new DualityBudget(outer, (long) (budget / outer), most));
  }

  /** The bound of {@code policy} on {@code paths} that this budget affords. */
  DualityBound bound(ExercisablePaths paths, ExerciseDecision policy) {
    return new DualityBound(paths, policy, outerPaths, walksPerOuterPath, maxContinuations);
  }
}
