package org.warrantlab.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.warrantlab.check.InvalidValueException;

class HistoricalVolatilityTest {

  @Test
  void twoReturnsGiveTheirHalfDifferenceTimesRootTwo() {
    // returns ln 1.1 and ln 0.9; the sample deviation of two values is |a - b| / sqrt 2,
    // annualised by sqrt 252: ln(11/9) sqrt(126)
    VolatilityEstimate estimate = HistoricalVolatility.DEFAULT.estimate(Prices.closes(100, 110, 99));
    assertEquals(Math.log(11.0 / 9.0) * Math.sqrt(126), estimate.volatility().value(), 1e-14);
    assertEquals(2, estimate.returns());
    assertEquals(Math.log(0.99) / 2, estimate.meanDailyLogReturn(), 1e-16);
  }

  @Test
  void threeReturnsComputedByHand() {
    // closes e^0, e^0.01, e^0.03, e^0.02: returns 0.01, 0.02, -0.01, mean 0.02/3;
    // squared deviations (1 + 16 + 25)/9 e-4 = 42/9 e-4; over n - 1 = 2: 7/3 e-4 a day;
    // annualised variance 252 * 7/3 e-4 = 0.0588
    VolatilityEstimate estimate =
        HistoricalVolatility.DEFAULT.estimate(Prices.closes(1, Math.exp(0.01), Math.exp(0.03), Math.exp(0.02)));
    double sigma = Math.sqrt(0.0588);
    assertEquals(sigma, estimate.volatility().value(), 1e-13);
    assertEquals(sigma / Math.sqrt(6), estimate.volatility().standardError(), 1e-13);
    assertEquals(0.02 / 3, estimate.meanDailyLogReturn(), 1e-15);
    assertEquals(Math.sqrt(7e-4 / 3), estimate.dailyVolatility(), 1e-14);
    assertEquals(Prices.day(0), estimate.firstDate());
    assertEquals(Prices.day(3), estimate.lastDate());
  }

  @Test
  void annualisingUsesTheGivenTradingDays() {
    PriceHistory history = Prices.closes(1, Math.exp(0.01), Math.exp(0.03), Math.exp(0.02));
    VolatilityEstimate estimate = new HistoricalVolatility(250).estimate(history);
    assertEquals(Math.sqrt(250 * 7e-4 / 3), estimate.volatility().value(), 1e-13);
    assertEquals(250, estimate.tradingDaysPerYear());
  }

  @Test
  void constantGrowthHasZeroVolatility() {
    VolatilityEstimate estimate = HistoricalVolatility.DEFAULT.estimate(Prices.closes(1, 2, 4, 8, 16, 32));
    assertEquals(0.0, estimate.volatility().value(), 1e-15);
    assertEquals(Math.log(2), estimate.meanDailyLogReturn(), 1e-15);
  }

  @Test
  void aTermOfOneYearUsesTheLast252Returns() {
    assertEquals(252, HistoricalVolatility.DEFAULT.returnsForTerm(1.0));
    assertEquals(126, HistoricalVolatility.DEFAULT.returnsForTerm(0.5));
    assertEquals(3, new HistoricalVolatility(4).returnsForTerm(0.75));
  }

  @Test
  void theTermWindowEndsOnTheEndDate() {
    // 4 trading days a year and a term of 0.75 years: 3 returns, i.e. the 4 closes ending on day 5
    PriceHistory history = Prices.closes(50, 60, 1, Math.exp(0.01), Math.exp(0.03), Math.exp(0.02), 70);
    VolatilityEstimate estimate = new HistoricalVolatility(4).matchingTerm(history, 0.75, Prices.day(5));
    assertEquals(Prices.day(2), estimate.firstDate());
    assertEquals(Prices.day(5), estimate.lastDate());
    assertEquals(3, estimate.returns());
    assertEquals(Math.sqrt(4 * 7e-4 / 3), estimate.volatility().value(), 1e-13);
  }

  @Test
  void tooShortAHistoryForTheTermIsRejected() {
    PriceHistory history = Prices.closes(1, 2, 3, 4);
    InvalidValueException error = assertThrows(InvalidValueException.class,
        () -> HistoricalVolatility.DEFAULT.matchingTerm(history, 1.0, Prices.day(3)));
    assertEquals("days has 3 daily returns on or before 2009-09-24 but 252 are needed", error.getMessage());
  }

  @Test
  void aVolatilityNeedsTwoReturns() {
    assertThrows(InvalidValueException.class, () -> HistoricalVolatility.DEFAULT.estimate(Prices.closes(1, 2)));
    assertThrows(InvalidValueException.class, () -> HistoricalVolatility.DEFAULT.returnsForTerm(1.0 / 252));
    assertThrows(InvalidValueException.class, () -> HistoricalVolatility.DEFAULT.returnsForTerm(Double.NaN));
    assertThrows(InvalidValueException.class, () -> new HistoricalVolatility(0));
  }

  @Test
  void betweenDatesUsesTheClosesInsideThem() {
    PriceHistory history = Prices.closes(50, 1, Math.exp(0.01), Math.exp(0.03), Math.exp(0.02), 70);
    VolatilityEstimate estimate = HistoricalVolatility.DEFAULT.between(history, Prices.day(1), Prices.day(4));
    assertEquals(3, estimate.returns());
    assertEquals(Math.sqrt(0.0588), estimate.volatility().value(), 1e-13);
  }
}
