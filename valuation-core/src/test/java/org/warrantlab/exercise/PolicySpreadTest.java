package org.warrantlab.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.warrantlab.lattice.BinomialPricer;
import org.warrantlab.lattice.LatticeOption;
import org.warrantlab.lattice.OptionType;
import org.warrantlab.lattice.TreeParameterisation;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.process.GbmProcess;
import org.warrantlab.result.Estimate;
import org.warrantlab.simulation.PolicyBatches;

/**
 * The standard error of an early-exercise value includes the fitted policy's variance: on the five-year
 * call S = K = 10, r = 1%, q = 10%, σ = 60% with monthly exercise dates, whose Bermudan lattice value is
 * 3.16013, the spread of the estimates over 24 seeds matches the root mean square of the standard errors
 * the runs report, which come from the spread between each run's eight batches, each with a policy of its
 * own. A quarter of the default calibration paths keeps the test fast and makes the policy's share of the
 * variance larger. The spread of 24 estimates is itself uncertain by about 15% and the mean square of 24
 * errors of 7 degrees of freedom by about 11%, so 30% is about 1.6 of their combined standard errors:
 * roughly a 10% false-failure rate for a fresh set of seeds (these are fixed).
 */
class PolicySpreadTest {

  private static final GbmProcess PROCESS = new GbmProcess(10, 0.01, 0.10, 0.60);
  private static final VanillaOptionPaths CALL =
      VanillaOptionPaths.evenlyExercisable(OptionType.CALL, 10, 5, 12, PROCESS);
  private static final SimulationSettings SETTINGS = new SimulationSettings(16_384, 1, true, true, 2)
      .withEarlyExercise(EarlyExerciseSettings.DEFAULT.withCalibrationPaths(32_768));

  static Estimate value(SimulationSettings settings) {
    return new PolicyBatches(CALL, settings).run(new double[] {1}).result().outputs().get(0);
  }

  @Test
  void theLatticeValueOnTheSameDatesIsTheIssuesReference() {
    double lattice = BinomialPricer.of(TreeParameterisation.COX_ROSS_RUBINSTEIN, 2000 * 5)
        .price(LatticeOption.bermudan(OptionType.CALL, 10, 5, CALL.times()), PROCESS);
    assertEquals(3.16013, lattice, 5e-5);
  }

  @Test
  void reportedStandardErrorMatchesTheSpreadOverTwentyFourSeeds() {
    SeedSpread spread = SeedSpread.over(24, seed -> value(SETTINGS.withSeed(seed)));
    assertTrue(spread.mismatch() < 0.3, spread::toString);
  }
}
