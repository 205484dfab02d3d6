package org.warrantlab.process;

import org.warrantlab.check.Checks;
import org.warrantlab.market.FlatVolatility;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeCurve;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.market.VolatilityCurve;
import org.warrantlab.math.Transcendentals;

/**
 * Risk-neutral geometric Brownian motion of the share price with deterministic term structures: over a
 * step the log price grows by the integrated forward rate less the dividend yield and half the integrated
 * forward variance, and varies by the integrated forward variance.
 *
 * @param spot price at time zero
 * @param rates the risk-free curve
 * @param dividendYield continuous
 * @param volatility the volatility term structure
 */
public record GbmProcess(double spot, RiskFreeCurve rates, double dividendYield, VolatilityCurve volatility) {

  public GbmProcess {
    Checks.notNull(rates, "riskFreeRate");
    Checks.notNull(volatility, "volatility");
  }

  /** A process with one continuously compounded rate and one volatility for every term. */
  public GbmProcess(double spot, double riskFreeRate, double dividendYield, double volatility) {
    this(spot, RiskFreeRate.continuous(riskFreeRate), dividendYield, new FlatVolatility(volatility));
  }

  public static GbmProcess of(MarketData market) {
    return new GbmProcess(market.spot(), market.riskFreeRate(), market.dividendYield(), market.volatility());
  }

  /** Mean of the log-price increment from {@code from} to {@code to} years: (r - q - σ²/2) dt over the step. */
  public double logDrift(double from, double to) {
    double rate = rates.forwardRate(from, to);
    double sigma = volatility.forwardVolatility(from, to);
    return (rate - dividendYield - 0.5 * sigma * sigma) * (to - from);
  }

  /** Standard deviation of the log-price increment from {@code from} to {@code to} years: σ √dt over the step. */
  public double logDiffusion(double from, double to) {
    return volatility.forwardVolatility(from, to) * Math.sqrt(to - from);
  }

  /** Discount factor exp(-r(t) t) to {@code t} years. */
  public double discountFactor(double t) {
    return rates.discountFactor(t);
  }
}
