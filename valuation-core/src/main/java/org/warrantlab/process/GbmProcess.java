package org.warrantlab.process;

import org.warrantlab.market.MarketData;
import org.warrantlab.math.Transcendentals;

/**
 * Risk-neutral geometric Brownian motion of the share price.
 *
 * @param spot price at time zero
 * @param riskFreeRate continuously compounded
 * @param dividendYield continuous
 * @param volatility annualised
 */
public record GbmProcess(double spot, double riskFreeRate, double dividendYield, double volatility) {

  public static GbmProcess of(MarketData market) {
    return new GbmProcess(market.spot(), market.continuousRate(), market.dividendYield(), market.volatility());
  }

  /** Mean of the log-price increment over {@code dt} years: (r - q - sigma^2/2) dt. */
  public double logDrift(double dt) {
    return (riskFreeRate - dividendYield - 0.5 * volatility * volatility) * dt;
  }

  /** Standard deviation of the log-price increment over {@code dt} years: sigma sqrt(dt). */
  public double logDiffusion(double dt) {
    return volatility * Math.sqrt(dt);
  }

  /** Discount factor exp(-r t). */
  public double discountFactor(double t) {
    return Transcendentals.exp(-riskFreeRate * t);
  }
}
