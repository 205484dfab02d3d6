package org.warrantlab.exercise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.warrantlab.lattice.OptionType;
import org.warrantlab.process.GbmProcess;

/**
 * The European value of holding bounds the fitted policy only where it is a floor under the continuation:
 * on paths whose terms stand it is, so no path exercises below it; where terms may change after a date
 * (resets, financings, redemption, a transaction) the policy is the plain regression's.
 */
class HoldValueFloorTest {

  private static final VanillaOptionPaths CALL = VanillaOptionPaths.evenlyExercisable(OptionType.CALL, 100, 2, 12,
      new GbmProcess(100, 0.03, 0.08, 0.30));

  private static final LongstaffSchwartz FIT =
      new LongstaffSchwartz(EarlyExerciseSettings.DEFAULT.withCalibrationPaths(8_192));

  @Test
  void whereTheTermsStandNoPathExercisesBelowTheHoldValue() {
    ExercisePolicy policy = FIT.calibrate(CALL, 7, 1);
    assertTrue(policy.holdIsFloor());
    for (int date = 0; date < 23; date++) {
      for (double value = 1; value < 200; value += 7) {
        double hold = value * 1.0001;
        assertFalse(policy.exercise(0, date, value, () -> hold), "date " + date + " value " + value);
      }
    }
  }

  @Test
  void whereTheTermsMayChangeTheHoldValueIsNoFloor() {
    ExercisablePaths changing = new ExercisablePaths() {
      @Override public int dimension() {
        return CALL.dimension();
      }

      @Override public int outputs() {
        return 1;
      }

      @Override public double[] exerciseTimes(int output) {
        return CALL.exerciseTimes(output);
      }

      @Override public double immediateExerciseValue(int output) {
        return CALL.immediateExerciseValue(output);
      }

      @Override public double regressionUnit(int output, int date) {
        return CALL.regressionUnit(output, date);
      }

      @Override public int normalsThrough(int output, int date) {
        return CALL.normalsThrough(output, date);
      }

      @Override public Walker newWalker(ExerciseDecision decision) {
        return CALL.newWalker(decision);
      }
    };
    ExercisePolicy policy = FIT.calibrate(changing, 7, 1);
    assertFalse(policy.holdIsFloor());
    int date = 20;
    double value = 60;
    while (value < 400 && !(policy.continuation(0, date, value, value * 1.0001) < value)) {
      value += 5;
    }
    double exercised = value;
    assertTrue(exercised < 400, "deep in the money three months before expiry, at an 8% yield, the fit holds"
        + " less than exercise somewhere");
    assertTrue(policy.exercise(0, date, exercised, () -> exercised * 1.0001), "a hold value above the exercise"
        + " value does not stop exercise at " + exercised);
  }
}
