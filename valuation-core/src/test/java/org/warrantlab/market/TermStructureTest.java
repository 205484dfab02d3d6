package org.warrantlab.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warrantlab.check.InvalidValueException;

class TermStructureTest {

  private static final TermVolatilities VOLATILITIES = new TermVolatilities(List.of(
      new VolatilityPoint(1, 0.9), new VolatilityPoint(4, 0.7)));
  private static final ZeroRateCurve RATES = new ZeroRateCurve(List.of(new RatePoint(0.5, 0.01),
      new RatePoint(2, 0.02), new RatePoint(5, 0.035)), Compounding.CONTINUOUS);

  @Test
  void aTrancheExpiringAtATermSeesExactlyThatTermsVariance() {
    assertEquals(0.9, VOLATILITIES.termVolatility(1), 0.0);
    assertEquals(0.7, VOLATILITIES.termVolatility(4), 0.0);
    assertEquals(0.7 * 0.7 * 4, Math.pow(VOLATILITIES.termVolatility(4), 2) * 4, 1e-15);
  }

  @Test
  void totalVarianceIsLinearBetweenTermsAndFlatBeyondThem() {
    double t = 2.5;
    double variance = 0.81 + (1.96 - 0.81) * (t - 1) / 3;
    assertEquals(Math.sqrt(variance / t), VOLATILITIES.termVolatility(t), 1e-15);
    assertEquals(0.9, VOLATILITIES.termVolatility(0.25), 0.0);
    assertEquals(0.7, VOLATILITIES.termVolatility(9), 0.0);
    assertEquals(Math.sqrt((1.96 - 0.81) / 3), VOLATILITIES.forwardVolatility(1.5, 3.5), 1e-15);
    assertEquals(Math.sqrt((0.7 * 0.7 * 6 - variance) / 3.5), VOLATILITIES.forwardVolatility(t, 6), 1e-15);
  }

  @Test
  void aFallingTotalVarianceIsRefusedNamingBothPoints() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> new TermVolatilities(List.of(
        new VolatilityPoint(1, 0.9), new VolatilityPoint(2, 0.6))));
    assertEquals("volatilityCurve gives a negative forward variance between point [0] (term 1.0, volatility 0.9)"
        + " and point [1] (term 2.0, volatility 0.6): σ² T must not fall from 0.810000 to 0.720000", e.getMessage());
    InvalidValueException unsorted = assertThrows(InvalidValueException.class, () -> new ZeroRateCurve(List.of(
        new RatePoint(2, 0.01), new RatePoint(1, 0.02)), Compounding.ANNUAL));
    assertEquals("riskFreeCurve terms must increase but point [1] (term 1.0) does not come after point [0]"
        + " (term 2.0)", unsorted.getMessage());
  }

  @Test
  void zeroRatesInterpolateLinearlyInRateTimesTimeAndStayFlatBeyondTheEnds() {
    assertEquals(0.01, RATES.zeroRate(0.1), 0.0);
    assertEquals(0.035, RATES.zeroRate(7), 0.0);
    double t = 3;
    double integral = 0.04 + (0.175 - 0.04) * (t - 2) / 3;
    assertEquals(integral / t, RATES.zeroRate(t), 1e-16);
    assertEquals(Math.exp(-integral), RATES.discountFactor(t), 1e-15);
    assertEquals((0.175 - 0.04) / 3, RATES.forwardRate(2.5, 4.5), 1e-15);
    assertEquals(0.01, RATES.lowestForwardRate(), 1e-16);
  }

  @Test
  void aQuotedCurveConvertsEachPointAndQuotesTheMatchedRateBack() {
    ZeroRateCurve annual = new ZeroRateCurve(List.of(new RatePoint(1, 0.04), new RatePoint(3, 0.05)),
        Compounding.ANNUAL);
    assertEquals(Math.log1p(0.04), annual.zeroRate(1), 1e-16);
    assertEquals(0.05, annual.quotedRate(3), 1e-15);
    assertEquals(0.04, annual.quotedRate(0.5), 1e-15);
  }

  @Test
  void aCurveOfEqualPointsIsFlatAndReturnsItsValueExactly() {
    TermVolatilities flat = new TermVolatilities(List.of(new VolatilityPoint(1, 0.63), new VolatilityPoint(3, 0.63)));
    ZeroRateCurve level = new ZeroRateCurve(List.of(new RatePoint(1, 0.0231), new RatePoint(5, 0.0231)),
        Compounding.SEMI_ANNUAL);
    RiskFreeRate scalar = new RiskFreeRate(0.0231, Compounding.SEMI_ANNUAL);
    assertTrue(flat.isFlat() && level.isFlat());
    assertFalse(VOLATILITIES.isFlat() || RATES.isFlat());
    for (double t : new double[] {0.1, 1.7, 2.9, 4.2, 8}) {
      assertEquals(0.63, flat.forwardVolatility(t / 2, t), 0.0);
      assertEquals(scalar.continuous(), level.forwardRate(t / 2, t), 0.0);
      assertEquals(scalar.discountFactor(t), level.discountFactor(t), 0.0);
    }
  }
}
