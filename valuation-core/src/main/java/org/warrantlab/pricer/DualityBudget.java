package org.warrantlab.pricer;

import java.util.Optional;
import org.warrantlab.exercise.EarlyExerciseSettings;

/**
 * How much nested simulation the duality gap of a run may use: its continuations, one walk of a path
 * each, cost at most {@link #WALKS_PER_PRICING_PATH} times the run's pricing paths, so that the upper bound
 * never costs much more than the valuation. The settings' continuations are halved (to
 * {@link #MIN_CONTINUATIONS}), then the outer paths (to {@link #MIN_OUTER_PATHS}), until the budget holds;
 * a run that cannot afford even those has no upper bound.
 *
 * @param outerPaths outer paths the gap is measured on
 * @param continuations continuations per outer path and exercise date
 */
record DualityBudget(int outerPaths, int continuations) {

  static final int WALKS_PER_PRICING_PATH = 16;
  static final int MIN_CONTINUATIONS = 16;
  static final int MIN_OUTER_PATHS = 8;

  /** The budget of a run of {@code pricingPaths} paths whose tranches have {@code exerciseDates} dates in all. */
  static Optional<DualityBudget> of(EarlyExerciseSettings settings, long pricingPaths, long exerciseDates) {
    if (settings.dualityPaths() == 0) {
      return Optional.empty();
    }
    double budget = (double) WALKS_PER_PRICING_PATH * pricingPaths;
    int outer = settings.dualityPaths();
    int inner = settings.dualityContinuations();
    while ((double) outer * inner * exerciseDates > budget) {
      if (inner / 2 >= MIN_CONTINUATIONS) {
        inner /= 2;
      } else if (outer / 2 >= MIN_OUTER_PATHS) {
        outer /= 2;
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new DualityBudget(outer, inner));
  }
}
