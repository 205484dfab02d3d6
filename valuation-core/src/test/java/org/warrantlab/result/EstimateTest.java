package org.warrantlab.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EstimateTest {

  @Test
  void confidenceIntervalIsSymmetricAt95Percent() {
    Estimate estimate = new Estimate(10, 0.5, 1000);
    assertEquals(10 - 1.959963984540054 * 0.5, estimate.lower95(), 1e-15);
    assertEquals(10 + 1.959963984540054 * 0.5, estimate.upper95(), 1e-15);
  }

  @Test
  void anEstimateFromFewReplicatesHasAStudentInterval() {
    Estimate estimate = new Estimate(10, 0.5, 16, 15);
    // t quantile of 15 degrees of freedom at 0.975 (tables: 2.131).
    assertEquals(2.131449545559789, estimate.quantile95(), 1e-8);
    assertEquals(10 - 2.131449545559789 * 0.5, estimate.lower95(), 1e-8);
    assertEquals(10 + 2.131449545559789 * 0.5, estimate.upper95(), 1e-8);
    assertEquals(15, estimate.times(3).degreesOfFreedom());
    assertEquals(Estimate.LARGE_SAMPLE, new Estimate(10, 0.5, 1000).degreesOfFreedom());
  }

  @Test
  void scalingScalesValueAndStandardError() {
    Estimate total = new Estimate(0.25, 0.01, 100).times(1_000_000);
    assertEquals(250_000, total.value(), 1e-9);
    assertEquals(10_000, total.standardError(), 1e-9);
  }

  @Test
  void distanceInStandardErrors() {
    assertEquals(2.0, new Estimate(10, 0.5, 10).standardErrorsFrom(9), 1e-15);
    assertEquals(0.0, Estimate.exact(3).standardErrorsFrom(3), 0.0);
    assertEquals(Double.POSITIVE_INFINITY, Estimate.exact(3).standardErrorsFrom(3.1), 0.0);
  }
}
