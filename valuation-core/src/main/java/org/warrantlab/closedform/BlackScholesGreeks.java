package org.warrantlab.closedform;

import java.util.Optional;
import org.warrantlab.math.Transcendentals;
import org.warrantlab.result.Estimate;
import org.warrantlab.result.Greeks;

/**
 * Closed-form sensitivities of the Black–Scholes–Merton price of a European call on a share paying a
 * continuous dividend yield, in the units of {@link Greeks}. Needs a positive time to expiry and
 * volatility, where the price is smooth.
 */
public final class BlackScholesGreeks {

  private BlackScholesGreeks() {
  }

  /**
   * The call's delta, gamma, vega, rho and theta (per year of calendar time), as exact estimates.
   *
   * @param spot share price now
   * @param strike exercise price
   * @param years time to expiry (ACT/365F), positive
   * @param rate continuously compounded risk-free rate
   * @param dividendYield continuous dividend yield
   * @param volatility annualised, positive
   */
  public static Greeks call(double spot, double strike, double years, double rate, double dividendYield,
      double volatility) {
    if (!(years > 0) || !(volatility > 0)) {
      throw new IllegalArgumentException("closed-form Greeks need a positive term and volatility but got "
          + years + " years and volatility " + volatility);
    }
    double sqrtYears = Math.sqrt(years);
    double stdDev = volatility * sqrtYears;
    double d1 = (Transcendentals.log(spot / strike) + (rate - dividendYield + 0.5 * volatility * volatility) * years) / stdDev;
    double d2 = d1 - stdDev;
    double dividendDiscount = Transcendentals.exp(-dividendYield * years);
    double discount = Transcendentals.exp(-rate * years);
    double density = Transcendentals.exp(-0.5 * d1 * d1) / Math.sqrt(2 * Math.PI);
    double nd1 = BlackScholes.normalCdf(d1);
    double nd2 = BlackScholes.normalCdf(d2);
    double delta = dividendDiscount * nd1;
    double gamma = dividendDiscount * density / (spot * stdDev);
    double vega = spot * dividendDiscount * density * sqrtYears;
    double rho = strike * years * discount * nd2;
    double theta = -spot * dividendDiscount * density * volatility / (2 * sqrtYears)
        - rate * strike * discount * nd2 + dividendYield * spot * dividendDiscount * nd1;
    return new Greeks(Estimate.exact(delta), Estimate.exact(gamma), Estimate.exact(vega), Estimate.exact(rho),
        Optional.of(Estimate.exact(theta)));
  }
}
