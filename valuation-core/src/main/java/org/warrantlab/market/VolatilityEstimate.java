package org.warrantlab.market;

import java.time.LocalDate;
import org.warrantlab.check.Checks;
import org.warrantlab.result.Estimate;

/**
 * A historical volatility and the window it was measured over.
 *
 * @param firstDate the first close of the window (the base of the first return)
 * @param lastDate the last close of the window
 * @param volatility annualised volatility of the log returns, with its large-sample standard error σ/√(2n);
 *     its sample count is the number of returns n
 * @param meanDailyLogReturn the average daily log return over the window (not annualised)
 * @param tradingDaysPerYear the annualisation factor's trading days: volatility = daily σ × √(days)
 */
public record VolatilityEstimate(
    LocalDate firstDate,
    LocalDate lastDate,
    Estimate volatility,
    double meanDailyLogReturn,
    int tradingDaysPerYear) {

  public VolatilityEstimate {
    Checks.notNull(firstDate, "firstDate");
    Checks.notBefore(lastDate, "lastDate", firstDate, "firstDate");
    Checks.notNull(volatility, "volatility");
    Checks.finite(meanDailyLogReturn, "meanDailyLogReturn");
    Checks.positive(tradingDaysPerYear, "tradingDaysPerYear");
  }

  /** The number of daily log returns behind the estimate. */
  public int returns() {
    return (int) volatility.samples();
  }

  /** The standard deviation of one day's log return, i.e. the volatility before annualising. */
  public double dailyVolatility() {
    return volatility.value() / Math.sqrt(tradingDaysPerYear);
  }
}
