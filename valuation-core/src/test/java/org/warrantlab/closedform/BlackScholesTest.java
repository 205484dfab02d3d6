package org.warrantlab.closedform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class BlackScholesTest {

  @Test
  void matchesTheTextbookAtTheMoneyCall() {
    // S=K=100, T=1, r=5%, sigma=20%: 10.4506 (Hull, and every Black-Scholes table)
    assertEquals(10.4506, BlackScholes.callPrice(100, 100, 1, 0.05, 0, 0.2), 5e-5);
  }

  @Test
  void matchesHullsWarrantExampleCall() {
    // Hull: S=40, K=60, T=5, r=3%, sigma=30%: the call is worth 7.04
    assertEquals(7.04, BlackScholes.callPrice(40, 60, 5, 0.03, 0, 0.3), 0.005);
  }

  @Test
  void dividendYieldLowersTheCallByTheForward() {
    // With q, the call on S equals the call on S*exp(-qT) without q.
    double withYield = BlackScholes.callPrice(50, 45, 2, 0.04, 0.03, 0.35);
    double onDiscountedSpot = BlackScholes.callPrice(50 * Math.exp(-0.06), 45, 2, 0.04, 0, 0.35);
    assertEquals(onDiscountedSpot, withYield, 1e-12);
  }

  @Test
  void zeroVolatilityGivesTheDiscountedForwardIntrinsicValue() {
    double forward = 10 * Math.exp(0.05 * 2);
    assertEquals(Math.exp(-0.1) * (forward - 10.5), BlackScholes.callPrice(10, 10.5, 2, 0.05, 0, 0), 1e-12);
    assertEquals(0.0, BlackScholes.callPrice(10, 12, 2, 0.05, 0, 0), 0.0);
  }

  @Test
  void atExpiryTheCallIsWorthItsIntrinsicValue() {
    assertEquals(2.5, BlackScholes.callPrice(12.5, 10, 0, 0.05, 0, 0.4), 0.0);
    assertEquals(0.0, BlackScholes.callPrice(7.5, 10, 0, 0.05, 0, 0.4), 0.0);
  }

  @Test
  void matchesTheTextbookAtTheMoneyPut() {
    // S=K=100, T=1, r=5%, sigma=20%: 5.5735 (10.4506 - 100 + 100 e^-0.05)
    assertEquals(5.5735, BlackScholes.putPrice(100, 100, 1, 0.05, 0, 0.2), 5e-5);
  }

  @Test
  void putAndCallSatisfyParityWithADividendYield() {
    double call = BlackScholes.callPrice(50, 45, 2, 0.04, 0.03, 0.35);
    double put = BlackScholes.putPrice(50, 45, 2, 0.04, 0.03, 0.35);
    assertEquals(50 * Math.exp(-0.06) - 45 * Math.exp(-0.08), call - put, 1e-12);
  }

  @Test
  void atExpiryThePutIsWorthItsIntrinsicValue() {
    assertEquals(2.5, BlackScholes.putPrice(7.5, 10, 0, 0.05, 0, 0.4), 0.0);
    assertEquals(0.0, BlackScholes.putPrice(12.5, 10, 0, 0.05, 0, 0.4), 0.0);
  }

  @Test
  void normalCdfIsSymmetricAndHalfAtZero() {
    assertEquals(0.5, BlackScholes.normalCdf(0), 1e-15);
    assertEquals(1.0, BlackScholes.normalCdf(1.3) + BlackScholes.normalCdf(-1.3), 1e-15);
    assertEquals(0.975002104851780, BlackScholes.normalCdf(1.96), 1e-14);
  }

  @Test
  void normalDistributionFunctionMatchesCommonsMathsErrorFunction() {
    for (double x = -40; x <= 40; x += 0.01) {
      double reference = 0.5 * Erf.erfc(-x / Math.sqrt(2.0));
      assertEquals(reference, BlackScholes.normalCdf(x), 1e-14, "x = " + x);
    }
    assertEquals(0.5, BlackScholes.normalCdf(0), 1e-16);
  }
}
