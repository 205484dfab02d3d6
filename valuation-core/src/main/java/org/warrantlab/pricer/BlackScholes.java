package org.warrantlab.pricer;

import org.apache.commons.math3.special.Erf;

/**
 * The Black–Scholes–Merton formula for a European call on a share paying a continuous dividend yield,
 * and the put by put–call parity.
 */
public final class BlackScholes {

  private BlackScholes() {
  }

  /**
   * Price of a European call.
   *
   * @param spot share price now
   * @param strike exercise price
   * @param years time to expiry (ACT/365F); zero gives the intrinsic value
   * @param rate continuously compounded risk-free rate
   * @param dividendYield continuous dividend yield
   * @param volatility annualised; zero gives the discounted forward intrinsic value
   */
  public static double callPrice(double spot, double strike, double years, double rate,
      double dividendYield, double volatility) {
    if (years <= 0) {
      return Math.max(spot - strike, 0.0);
    }
    double discount = Math.exp(-rate * years);
    double forward = spot * Math.exp((rate - dividendYield) * years);
    double stdDev = volatility * Math.sqrt(years);
    if (stdDev == 0) {
      return discount * Math.max(forward - strike, 0.0);
    }
    double d1 = (Math.log(forward / strike) + 0.5 * stdDev * stdDev) / stdDev;
    double d2 = d1 - stdDev;
    return discount * (forward * normalCdf(d1) - strike * normalCdf(d2));
  }

  /**
   * Price of a European put, from the call by put–call parity:
   * {@code put = call - spot exp(-q T) + strike exp(-r T)}. Parameters as for
   * {@link #callPrice(double, double, double, double, double, double)}; zero years gives the intrinsic
   * value {@code max(strike - spot, 0)}.
   */
  public static double putPrice(double spot, double strike, double years, double rate,
      double dividendYield, double volatility) {
    if (years <= 0) {
      return Math.max(strike - spot, 0.0);
    }
    double call = callPrice(spot, strike, years, rate, dividendYield, volatility);
    return call - spot * Math.exp(-dividendYield * years) + strike * Math.exp(-rate * years);
  }

  /** The standard normal distribution function. */
  public static double normalCdf(double x) {
    return 0.5 * Erf.erfc(-x / Math.sqrt(2.0));
  }
}
