package org.warrantlab.pricer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warrantlab.exercise.EarlyExerciseSettings;

class DualityBudgetTest {

  private static final EarlyExerciseSettings DEFAULT = EarlyExerciseSettings.DEFAULT;

  @Test
  void eachOuterPathSharesItsPartOfSixteenWalksPerPricingPath() {
    DualityBudget budget = DualityBudget.of(DEFAULT, 100_000, 260).orElseThrow();
    assertEquals(64, budget.outerPaths());
    assertEquals(16L * 100_000 / 64, budget.walksPerOuterPath());
    assertEquals(DEFAULT.dualityContinuations(), budget.maxContinuations());
  }

  /** 4,096 paths afford 64 × 16 walks on 64 dates; 65 dates halve the outer paths, 1,025 leave none. */
  @Test
  void outerPathsAreHalvedUntilSixteenContinuationsOnEveryDateFit() {
    assertEquals(64, DualityBudget.of(DEFAULT, 4096, 64).orElseThrow().outerPaths());
    assertEquals(32, DualityBudget.of(DEFAULT, 4096, 65).orElseThrow().outerPaths());
    assertEquals(8, DualityBudget.of(DEFAULT, 4096, 512).orElseThrow().outerPaths());
    assertEquals(Optional.empty(), DualityBudget.of(DEFAULT, 4096, 513));
  }

  @Test
  void noBoundIsAskedForWithNoOuterPaths() {
    assertTrue(DualityBudget.of(DEFAULT.withDuality(0, 256), 1_000_000, 10).isEmpty());
  }
}
