package org.warrantlab.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warrantlab.closedform.BlackScholes;

/**
 * European calls and puts on both trees against Black–Scholes. Measured worst absolute errors over
 * this grid: CRR at 2,000 steps 6.3e-4, Leisen–Reimer at 201 steps 6.1e-6 and at 1,001 steps 2.5e-7.
 * The tolerances below leave a margin of 1.5 to 3 over those figures.
 */
class EuropeanConvergenceTest {

  private static final double CRR_2000_TOLERANCE = 1e-3;
  private static final double LR_201_TOLERANCE = 2e-5;
  private static final double LR_1001_TOLERANCE = 1e-6;

  @ParameterizedTest(name = "{0} S={1} K={2} T={3} r={4} q={5} sigma={6}")
  @CsvSource({
      "CALL, 40, 40, 1.0, 0.06, 0.00, 0.20",
      "PUT,  40, 40, 1.0, 0.06, 0.00, 0.20",
      "CALL, 36, 40, 1.0, 0.06, 0.00, 0.20",
      "PUT,  36, 40, 1.0, 0.06, 0.00, 0.20",
      "CALL, 44, 40, 2.0, 0.06, 0.03, 0.30",
      "PUT,  44, 40, 2.0, 0.06, 0.03, 0.30",
      "CALL, 40, 40, 0.5, 0.05, 0.04, 0.40",
      "PUT,  40, 40, 0.5, 0.05, 0.04, 0.40",
      "CALL, 42, 40, 1.0, 0.06, 0.02, 0.25",
      "PUT,  42, 40, 1.0, 0.06, 0.02, 0.25"
  })
  void europeanValuesConvergeToBlackScholes(OptionType type, double spot, double strike, double years,
      double rate, double dividendYield, double volatility) {
    double closedForm = type == OptionType.CALL
        ? BlackScholes.callPrice(spot, strike, years, rate, dividendYield, volatility)
        : BlackScholes.putPrice(spot, strike, years, rate, dividendYield, volatility);
    LatticeOption option = LatticeOption.european(type, strike, years);

    assertEquals(closedForm, BinomialPricer.of(TreeParameterisation.COX_ROSS_RUBINSTEIN, 2000)
        .price(option, spot, rate, dividendYield, volatility), CRR_2000_TOLERANCE, "CRR 2000");
    assertEquals(closedForm, BinomialPricer.of(TreeParameterisation.LEISEN_REIMER, 201)
        .price(option, spot, rate, dividendYield, volatility), LR_201_TOLERANCE, "LR 201");
    assertEquals(closedForm, BinomialPricer.DEFAULT
        .price(option, spot, rate, dividendYield, volatility), LR_1001_TOLERANCE, "DEFAULT (LR 1001)");
  }
}
