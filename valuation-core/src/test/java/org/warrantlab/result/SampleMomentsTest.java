package org.warrantlab.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SampleMomentsTest {

  @Test
  void mergingBlocksAgreesWithOneRunningSum() {
    SplittableRandom random = new SplittableRandom(7);
    SampleMoments whole = new SampleMoments();
    SampleMoments first = new SampleMoments();
    SampleMoments second = new SampleMoments();
    for (int i = 0; i < 10_000; i++) {
      double x = random.nextDouble();
      double y = 3 + 2 * x + random.nextDouble();
      whole.add(y, x);
      (i < 3_000 ? first : second).add(y, x);
    }
    first.merge(second);
    assertEquals(whole.count(), first.count());
    assertEquals(whole.mean().value(), first.mean().value(), 1e-12);
    assertEquals(whole.mean().standardError(), first.mean().standardError(), 1e-12);
    assertEquals(whole.controlled(0.5).value(), first.controlled(0.5).value(), 1e-12);
  }

  @Test
  void meanAndStandardErrorOfKnownSamples() {
    SampleMoments moments = new SampleMoments();
    for (double y : new double[] {1, 2, 3, 4}) {
      moments.add(y, 0);
    }
    assertEquals(2.5, moments.mean().value(), 0.0);
    // sample variance 5/3, standard error sqrt(5/3/4)
    assertEquals(Math.sqrt(5.0 / 12.0), moments.mean().standardError(), 1e-15);
  }

  @Test
  void controlVariateRemovesTheVarianceItExplains() {
    SplittableRandom random = new SplittableRandom(11);
    SampleMoments moments = new SampleMoments();
    for (int i = 0; i < 20_000; i++) {
      double x = random.nextDouble();
      double noise = 0.01 * (random.nextDouble() - 0.5);
      moments.add(2 * x + noise, x);
    }
    Estimate controlled = moments.controlled(0.5);
    // E[y] = 2 * 0.5 exactly; the residual noise has standard deviation 0.01/sqrt(12).
    assertEquals(1.0, controlled.value(), 4 * controlled.standardError());
    assertEquals(0.01 / Math.sqrt(12) / Math.sqrt(20_000), controlled.standardError(), 2e-6);
    assertTrue(controlled.standardError() < moments.mean().standardError() / 50);
  }

  @Test
  void aConstantControlLeavesThePlainMean() {
    SampleMoments moments = new SampleMoments();
    moments.add(1, 4);
    moments.add(3, 4);
    moments.add(5, 4);
    assertEquals(moments.mean(), moments.controlled(9));
  }
}
