package org.warrantlab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.exercise.EarlyExerciseSettings;
import org.warrantlab.exercise.RegressionBasis;
import org.warrantlab.exercise.RegressionSolver;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;

class StandardErrorTargetTest {

  private static final SimulationSettings START = new SimulationSettings(10_000, 7, true, true, 2);

  @Test
  void addsPathsUntilTheTotalsStandardErrorIsBelowTheTarget() {
    ValuationCase start = Cases.resetCase(1.32, 0.8, START);
    double firstError = start.value().total().standardError();
    double target = firstError / 3;
    StandardErrorTarget.Search search = StandardErrorTarget.value(start, target, 10_000_000);
    BookValuation result = search.valuation();
    assertTrue(result.total().standardError() < target);
    assertTrue(search.runs().size() >= 2);
    assertEquals(10_000, search.runs().get(0).simulatedPaths());
    // SE ∝ 1/√n: a third of the error needs about 9 times the paths, and the margin asks for 10% more.
    assertTrue(result.simulatedPaths() >= 90_000 && result.simulatedPaths() <= 120_000, () -> "" + result.simulatedPaths());
    assertEquals(START.seed(), result.settings().seed());
  }

  @Test
  void theSearchChangesOnlyThePathCount() {
    SimulationSettings custom = new SimulationSettings(10_000, 7, false, false, 1,
        new EarlyExerciseSettings(4, 4_096, RegressionBasis.POLYNOMIAL, 2, RegressionSolver.SVD));
    ValuationCase start = Cases.resetCase(1.32, 0.8, custom);
    SimulationSettings last = StandardErrorTarget.value(start, start.value().total().standardError() / 2, 10_000_000)
        .valuation().settings();
    assertTrue(last.paths() > custom.paths());
    assertEquals(custom.withPaths(last.paths()), last);
  }

  @Test
  void aRunAlreadyBelowTheTargetIsKept() {
    ValuationCase start = Cases.resetCase(1.32, 0.8, START);
    StandardErrorTarget.Search search = StandardErrorTarget.value(start, 1e12, 10_000_000);
    assertEquals(1, search.runs().size());
    assertEquals(start.value().total(), search.valuation().total());
  }

  @Test
  void aTargetBeyondThePathLimitFailsNamingThePathsItNeeds() {
    ValuationCase start = Cases.resetCase(1.32, 0.8, START);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> StandardErrorTarget.value(start, 1.0, 1_000_000));
    assertEquals("targetStandardError", e.field());
    assertTrue(e.problem().contains("more than the limit of 1,000,000"), e.problem());
  }

  @Test
  void neededPathsFollowOneOverRootN() {
    long needed = StandardErrorTarget.neededPaths(100_000, 2.0, 1.0);
    assertTrue(needed >= 440_000 && needed <= 440_001, "twice the target: four times the paths, and 10% more");
  }
}
