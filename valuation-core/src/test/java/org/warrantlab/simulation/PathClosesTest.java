package org.warrantlab.simulation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.warrantlab.math.Transcendentals;

/** The log-space test that lets an exercise date out of the money skip its exp. */
class PathClosesTest {

  private static final double[] EXERCISE_PRICES = {1e-6, 0.01, 0.37, 1, 1.92, 10, 100, 12_345.678, 1e9};

  @Test
  void aLogCloseSurelyBelowNeverHasAnExpAtOrAboveThePrice() {
    for (double exercisePrice : EXERCISE_PRICES) {
      double logPrice = Transcendentals.log(exercisePrice);
      double threshold = logPrice - 1e-12 * (1 + Math.abs(logPrice));
      assertFalse(PathCloses.surelyBelow(threshold, logPrice));
      double logClose = threshold;
      for (int i = 0; i < 10_000; i++) {
        logClose = Math.nextDown(logClose);
        assertTrue(PathCloses.surelyBelow(logClose, logPrice));
        double close = logClose;
        assertTrue(Transcendentals.exp(logClose) < exercisePrice, () -> "exp(" + close + ") against " + exercisePrice);
      }
    }
  }

  @Test
  void aLogCloseClearlyBelowIsToldWithoutItsExpAndOneAtOrAboveIsNot() {
    for (double exercisePrice : EXERCISE_PRICES) {
      double logPrice = Transcendentals.log(exercisePrice);
      assertTrue(PathCloses.surelyBelow(logPrice - 1e-9 * (1 + Math.abs(logPrice)), logPrice));
      assertTrue(PathCloses.surelyBelow(logPrice - 0.5, logPrice));
      assertFalse(PathCloses.surelyBelow(logPrice, logPrice));
      assertFalse(PathCloses.surelyBelow(logPrice - 1e-15, logPrice));
      assertFalse(PathCloses.surelyBelow(logPrice + 1e-3, logPrice));
    }
    assertFalse(PathCloses.surelyBelow(Double.NaN, 0.5));
    assertFalse(PathCloses.surelyBelow(-1, Double.NaN));
  }
}
