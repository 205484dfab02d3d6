package org.warrantlab.closedform;

import org.warrantlab.math.Transcendentals;
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
    return callPriceOverHorizon(spot, strike, Transcendentals.exp(-rate * years),
        Transcendentals.exp((rate - dividendYield) * years), volatility * Math.sqrt(years));
  }

  /**
   * Price of a European call over a positive horizon given by its factors: the discount factor
   * {@code exp(-r T)}, the forward's growth {@code exp((r - q) T)} and the standard deviation
   * {@code sigma sqrt(T)} of the log price; for a caller that prices the same horizon many times.
   */
  public static double callPriceOverHorizon(double spot, double strike, double discount, double growth,
      double stdDev) {
    double forward = spot * growth;
    if (stdDev == 0) {
      return discount * Math.max(forward - strike, 0.0);
    }
    double d1 = (Transcendentals.log(forward / strike) + 0.5 * stdDev * stdDev) / stdDev;
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
    return call - spot * Transcendentals.exp(-dividendYield * years) + strike * Transcendentals.exp(-rate * years);
  }

  /**
   * The standard normal distribution function, by Hart's double-precision rational approximation
   * (algorithm 5666, as set out by G. West, "Better approximations to cumulative normal functions",
   * 2005): absolute error below 1e-14, and some 50 times faster than commons-math3's {@code Erf}, which
   * matters where a price is needed on every path and exercise date.
   */
  public static double normalCdf(double x) {
    double z = Math.abs(x);
    double tail;
    if (z > 37) {
      tail = 0;
    } else if (z < 7.07106781186547) {
      double numerator = ((((((0.0352624965998911 * z + 0.700383064443688) * z + 6.37396220353165) * z
          + 33.912866078383) * z + 112.079291497871) * z + 221.213596169931) * z + 220.206867912376);
      double denominator = (((((((0.0883883476483184 * z + 1.75566716318264) * z + 16.064177579207) * z
          + 86.7807322029461) * z + 296.564248779674) * z + 637.333633378831) * z + 793.826512519948) * z
          + 440.413735824752);
      tail = Transcendentals.exp(-0.5 * z * z) * numerator / denominator;
    } else {
      double fraction = z + 1 / (z + 2 / (z + 3 / (z + 4 / (z + 0.65))));
      tail = Transcendentals.exp(-0.5 * z * z) / fraction / 2.506628274631;
    }
    return x > 0 ? 1 - tail : tail;
  }
}
