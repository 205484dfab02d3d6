package org.warrantlab.market;

import java.time.LocalDate;
import org.warrantlab.check.Checks;

/**
 * The market inputs of one valuation.
 *
 * @param valuationDate the measurement date
 * @param spot closing share price on the valuation date
 * @param volatility the volatility of the log share price by term (flat: one annualised volatility)
 * @param riskFreeRate the risk-free rate by term (flat: one rate) and its compounding
 * @param dividendYield continuous dividend yield, a decimal
 * @param sharesOutstanding common shares outstanding on the valuation date
 */
public record MarketData(
    LocalDate valuationDate,
    double spot,
    VolatilityCurve volatility,
    RiskFreeCurve riskFreeRate,
    double dividendYield,
    long sharesOutstanding) {

  public MarketData {
    Checks.notNull(valuationDate, "valuationDate");
    Checks.positive(spot, "spot");
    Checks.notNull(volatility, "volatility");
    Checks.notNull(riskFreeRate, "riskFreeRate");
    Checks.nonNegative(dividendYield, "dividendYield");
    Checks.positive(sharesOutstanding, "sharesOutstanding");
  }

  /** A market with one volatility and one rate for every term. */
  public MarketData(LocalDate valuationDate, double spot, double volatility, RiskFreeRate riskFreeRate,
      double dividendYield, long sharesOutstanding) {
    this(valuationDate, spot, new FlatVolatility(volatility), riskFreeRate, dividendYield, sharesOutstanding);
  }

  /** ACT/365F years from the valuation date to {@code date}. */
  public double yearFractionTo(LocalDate date) {
    return Act365Fixed.yearFraction(valuationDate, date);
  }

  /** The same market on {@code date}. */
  public MarketData withValuationDate(LocalDate date) {
    return new MarketData(date, spot, volatility, riskFreeRate, dividendYield, sharesOutstanding);
  }

  public MarketData withSpot(double newSpot) {
    return new MarketData(valuationDate, newSpot, volatility, riskFreeRate, dividendYield, sharesOutstanding);
  }

  /** The same market with one volatility for every term. */
  public MarketData withVolatility(double newVolatility) {
    return withVolatility(new FlatVolatility(newVolatility));
  }

  public MarketData withVolatility(VolatilityCurve newVolatility) {
    return new MarketData(valuationDate, spot, newVolatility, riskFreeRate, dividendYield, sharesOutstanding);
  }

  public MarketData withRiskFreeRate(RiskFreeCurve newRate) {
    return new MarketData(valuationDate, spot, volatility, newRate, dividendYield, sharesOutstanding);
  }

  public MarketData withDividendYield(double newYield) {
    return new MarketData(valuationDate, spot, volatility, riskFreeRate, newYield, sharesOutstanding);
  }

  public MarketData withSharesOutstanding(long newShares) {
    return new MarketData(valuationDate, spot, volatility, riskFreeRate, dividendYield, newShares);
  }
}
