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
