package org.warrantlab.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompoundingTest {

  @Test
  void annualYieldConvertsToItsContinuousEquivalent() {
    assertEquals(Math.log(1.05), Compounding.ANNUAL.toContinuous(0.05), 1e-15);
  }

  @Test
  void semiAnnualYieldConvertsToItsContinuousEquivalent() {
    assertEquals(2 * Math.log(1.025), Compounding.SEMI_ANNUAL.toContinuous(0.05), 1e-15);
  }

  @Test
  void continuousRateIsUnchanged() {
    assertEquals(0.024, Compounding.CONTINUOUS.toContinuous(0.024), 0.0);
  }

  @Test
  void convertedRateGrowsMoneyAsTheQuotedOneDoes() {
    double continuous = new RiskFreeRate(0.06, Compounding.SEMI_ANNUAL).continuous();
    assertEquals(Math.pow(1.03, 2 * 3), Math.exp(continuous * 3), 1e-12);
  }
}
