package org.warrantlab.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.warrantlab.lattice.BinomialPricer;
import org.warrantlab.lattice.LatticeOption;
import org.warrantlab.lattice.OptionType;
import org.warrantlab.lattice.TreeParameterisation;
import org.warrantlab.montecarlo.MonteCarloEngine;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.process.GbmProcess;
import org.warrantlab.result.Estimate;
import org.warrantlab.simulation.ExercisedPayoff;

/**
 * The Andersen–Broadie gap on monthly calls against Bermudan lattices on the same dates. Statistical checks
 * allow 3 standard errors (one-sided false-failure rate about 1.3e-3 for a fresh seed; the seeds are fixed).
 */
class DualityBoundTest {

  private static final GbmProcess NO_YIELD = new GbmProcess(100, 0.03, 0, 0.3);
  private static final GbmProcess HIGH_YIELD = new GbmProcess(100, 0.03, 0.08, 0.3);

  private static double bermudan(VanillaOptionPaths call, GbmProcess process) {
    return BinomialPricer.of(TreeParameterisation.COX_ROSS_RUBINSTEIN, 4000)
        .price(LatticeOption.bermudan(OptionType.CALL, 100, 2, call.times()), process);
  }

  /** Holding to expiry is optimal without a yield: its martingale is the European price's, and the gap is nil. */
  @Test
  void holdingACallWithoutAYieldHasNoGap() {
    VanillaOptionPaths call = VanillaOptionPaths.evenlyExercisable(OptionType.CALL, 100, 2, 12, NO_YIELD);
    double european = call.european();
    Estimate gap = new DualityBound(call, ExerciseDecision.NEVER, 64, 64).gaps(3, new double[] {european}, 2).gaps().get(0);
    assertTrue(gap.value() < 0.002 * european, gap::toString);
  }

  /**
   * Exercising at the first date in the money is a poor policy, more than 5% below the lattice; its duality
   * bound still lies above the lattice.
   */
  @Test
  void aPoorPolicyStillBoundsTheValueFromAbove() {
    VanillaOptionPaths call = VanillaOptionPaths.evenlyExercisable(OptionType.CALL, 100, 2, 12, HIGH_YIELD);
    ExerciseDecision hasty = (output, date, value, hold) -> true;
    double lattice = bermudan(call, HIGH_YIELD);
    ExercisedPayoff payoff = new ExercisedPayoff(call, hasty);
    double[] weights = new double[payoff.outputs()];
    weights[0] = 1;
    Estimate hastyValue = MonteCarloEngine.DEFAULT.run(payoff, weights,
        new SimulationSettings(50_000, 3, true, true, 2)).outputs().get(0);
    Estimate gap = new DualityBound(call, hasty, 64, 64).gaps(3, new double[] {hastyValue.value()}, 2).gaps().get(0);
    double error = Math.hypot(hastyValue.standardError(), gap.standardError());
    assertTrue(hastyValue.value() < lattice - 0.05 * lattice, hastyValue::toString);
    assertTrue(hastyValue.value() + gap.value() + 3 * error > lattice, () -> hastyValue + " + " + gap + " vs " + lattice);
  }

  @Test
  void gapsAreIdenticalOnOneThreadAndTwo() {
    VanillaOptionPaths call = VanillaOptionPaths.evenlyExercisable(OptionType.CALL, 100, 2, 12, HIGH_YIELD);
    ExerciseDecision policy = new LongstaffSchwartz(EarlyExerciseSettings.DEFAULT.withCalibrationPaths(8192))
        .calibrate(call, 5, 2);
    DualityBound bound = new DualityBound(call, policy, 4200, 8);
    assertEquals(bound.gaps(5, new double[] {12.3}, 1), bound.gaps(5, new double[] {12.3}, 2));
  }

  /**
   * An outer path shares its continuations among the dates it needs: with a budget of 64 continuations for
   * each of the 24 monthly dates, a path that needs fewer dates continues each more often, never more than
   * the most a date, and the share (a function of the outer path alone) is the same on one thread and two.
   */
  @Test
  void outerPathsShareTheirBudgetAmongTheDatesTheyNeed() {
    VanillaOptionPaths call = VanillaOptionPaths.evenlyExercisable(OptionType.CALL, 100, 2, 12, HIGH_YIELD);
    ExerciseDecision policy = new LongstaffSchwartz(EarlyExerciseSettings.DEFAULT.withCalibrationPaths(8192))
        .calibrate(call, 5, 2);
    DualityBound shared = new DualityBound(call, policy, 256, 24L * 64, 1024);
    DualityBound.Gaps gaps = shared.gaps(5, new double[] {12.3}, 2);
    assertTrue(gaps.continuationsPerDate() > 64 && gaps.continuationsPerDate() <= 1024, gaps::toString);
    assertEquals(gaps, shared.gaps(5, new double[] {12.3}, 1));
    DualityBound capped = new DualityBound(call, policy, 256, 24L * 64, 100);
    assertTrue(capped.gaps(5, new double[] {12.3}, 2).continuationsPerDate() <= 100);
    assertEquals(64, new DualityBound(call, policy, 256, 64).gaps(5, new double[] {12.3}, 2).continuationsPerDate());
  }
}
