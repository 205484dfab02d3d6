package org.warrantlab.closedform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warrantlab.result.Greeks;

/** The closed-form Greeks against central differences of the Black–Scholes price itself (no randomness). */
class BlackScholesGreeksTest {

  @ParameterizedTest(name = "S={0} K={1} T={2} r={3} q={4} sigma={5}")
  @CsvSource({
      "10, 10, 1.0, 0.03, 0.00, 0.20",
      "10, 12, 0.5, 0.05, 0.02, 0.40",
      "1.32, 1.92, 3.98, 0.024, 0.00, 0.80",
      "40, 60, 5.0, 0.03, 0.00, 0.30",
      "100, 80, 0.1, 0.01, 0.04, 0.25"
  })
  void closedFormGreeksAreTheDerivativesOfThePrice(double spot, double strike, double years, double rate,
      double dividendYield, double volatility) {
    Greeks greeks = BlackScholesGreeks.call(spot, strike, years, rate, dividendYield, volatility);
    double h = 1e-4 * spot;
    double up = BlackScholes.callPrice(spot + h, strike, years, rate, dividendYield, volatility);
    double mid = BlackScholes.callPrice(spot, strike, years, rate, dividendYield, volatility);
    double down = BlackScholes.callPrice(spot - h, strike, years, rate, dividendYield, volatility);
    assertEquals((up - down) / (2 * h), greeks.delta().value(), 1e-7);
    assertEquals((up - 2 * mid + down) / (h * h), greeks.gamma().value(), 1e-4 * greeks.gamma().value());
    double v = 1e-5;
    assertEquals((BlackScholes.callPrice(spot, strike, years, rate, dividendYield, volatility + v)
        - BlackScholes.callPrice(spot, strike, years, rate, dividendYield, volatility - v)) / (2 * v),
        greeks.vega().value(), 1e-6 * spot);
    double r = 1e-6;
    assertEquals((BlackScholes.callPrice(spot, strike, years, rate + r, dividendYield, volatility)
        - BlackScholes.callPrice(spot, strike, years, rate - r, dividendYield, volatility)) / (2 * r),
        greeks.rho().value(), 1e-6 * spot);
    double t = 1e-6;
    double theta = -(BlackScholes.callPrice(spot, strike, years + t, rate, dividendYield, volatility)
        - BlackScholes.callPrice(spot, strike, years - t, rate, dividendYield, volatility)) / (2 * t);
    assertEquals(theta, greeks.theta().orElseThrow().value(), 1e-6 * spot);
    assertEquals(0.0, greeks.delta().standardError());
  }

  @Test
  void refusesAZeroTermOrVolatility() {
    assertThrows(IllegalArgumentException.class, () -> BlackScholesGreeks.call(10, 10, 0, 0.03, 0, 0.2));
    assertThrows(IllegalArgumentException.class, () -> BlackScholesGreeks.call(10, 10, 1, 0.03, 0, 0));
  }
}
