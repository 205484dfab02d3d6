package org.warrantlab.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReplicateMomentsTest {

  @Test
  void meanAndStandardErrorOfFourReplicatesByHand() {
    ReplicateMoments moments = of(new double[] {1, 2, 3, 6}, new double[] {0, 0, 0, 0});
    Estimate estimate = moments.mean();
    // mean 3; squares about it 4 + 1 + 0 + 9 = 14; variance 14/3; standard error sqrt(14/3/4).
    assertEquals(3.0, estimate.value(), 1e-15);
    assertEquals(Math.sqrt(14.0 / 3 / 4), estimate.standardError(), 1e-15);
    assertEquals(3, estimate.degreesOfFreedom());
    assertEquals(4, estimate.samples());
  }

  @Test
  void aControlWithTheRightSlopeLeavesNoError() {
    // y = 2 + 3 x exactly; E[x] = 0.5, so every controlled replicate is 3.5.
    double[] x = {0.1, 0.7, 0.4, 0.9, 0.2};
    double[] y = new double[x.length];
    for (int r = 0; r < x.length; r++) {
      y[r] = 2 + 3 * x[r];
    }
    Estimate estimate = of(y, x).controlled(0.5, 3);
    assertEquals(3.5, estimate.value(), 1e-12);
    assertEquals(0.0, estimate.standardError(), 1e-7);
    assertEquals(4, estimate.degreesOfFreedom());
  }

  @Test
  void controlledReplicatesByHand() {
    // beta 0.5, E[x] = 1: y - 0.5 (x - 1) = 1.5, 2, 1.5, 3; mean 2, squares 0.25 + 0 + 0.25 + 1 = 1.5,
    // variance 0.5, standard error sqrt(0.5 / 4).
    Estimate estimate = of(new double[] {1, 2, 2, 4}, new double[] {0, 1, 2, 3}).controlled(1, 0.5);
    assertEquals(2.0, estimate.value(), 1e-15);
    assertEquals(Math.sqrt(0.5 / 4), estimate.standardError(), 1e-15);
    assertEquals(3, estimate.degreesOfFreedom());
  }

  @Test
  void aZeroSlopeIsThePlainMean() {
    ReplicateMoments moments = of(new double[] {1, 2, 3}, new double[] {5, 6, 9});
    assertEquals(moments.mean(), moments.controlled(5, 0));
  }

  @Test
  void oneReplicateHasNoStandardError() {
    assertThrows(IllegalStateException.class, () -> of(new double[] {1}, new double[] {0}).mean());
  }

  private static ReplicateMoments of(double[] y, double[] x) {
    ReplicateMoments moments = new ReplicateMoments();
    for (int r = 0; r < y.length; r++) {
      moments.add(y[r], x[r]);
    }
    return moments;
  }
}
