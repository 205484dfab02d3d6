package org.warrantlab.market;

import java.time.LocalDate;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.result.Estimate;

/**
 * Historical volatility from daily closes: the sample standard deviation (divisor n − 1) of the log
 * returns of consecutive closes, annualised by √(trading days per year). The standard error σ/√(2n) is
 * the large-sample figure for independent normal returns, a guide to how much the window matters.
 */
public final class HistoricalVolatility {

  public static final int DEFAULT_TRADING_DAYS_PER_YEAR = 252;

  /** The estimator with 252 trading days a year. */
  public static final HistoricalVolatility DEFAULT = new HistoricalVolatility(DEFAULT_TRADING_DAYS_PER_YEAR);

  private final int tradingDaysPerYear;

  public HistoricalVolatility(int tradingDaysPerYear) {
    this.tradingDaysPerYear = Checks.positive(tradingDaysPerYear, "tradingDaysPerYear");
  }

  public int tradingDaysPerYear() {
    return tradingDaysPerYear;
  }

  /** The volatility of every return in {@code window}; needs at least two returns (three closes). */
  public VolatilityEstimate estimate(PriceHistory window) {
    double[] returns = window.logReturns();
    int n = returns.length;
    if (n < 2) {
      throw new InvalidValueException("days", "holds " + n + " daily return" + (n == 1 ? "" : "s") + " from "
          + window.first().date() + " to " + window.last().date() + " but a volatility needs at least 2");
    }
    double sum = 0;
    for (double r : returns) {
      sum += r;
    }
    double mean = sum / n;
    double squares = 0;
    for (double r : returns) {
      squares += (r - mean) * (r - mean);
    }
    double annualised = Math.sqrt(squares / (n - 1)) * Math.sqrt(tradingDaysPerYear);
    Estimate volatility = new Estimate(annualised, annualised / Math.sqrt(2.0 * n), n);
    return new VolatilityEstimate(window.first().date(), window.last().date(), volatility, mean, tradingDaysPerYear);
  }

  /** The volatility of the returns between the closes from {@code from} to {@code to}, both inclusive. */
  public VolatilityEstimate between(PriceHistory history, LocalDate from, LocalDate to) {
    return estimate(history.between(from, to));
  }

  /**
   * The volatility over a look-back matched to a remaining term: the last
   * {@link #returnsForTerm(double) round(term × trading days per year)} returns ending on {@code end}.
   */
  public VolatilityEstimate matchingTerm(PriceHistory history, double termYears, LocalDate end) {
    int returns = returnsForTerm(termYears);
    int available = Math.max(0, history.countOnOrBefore(Checks.notNull(end, "end")) - 1);
    if (available < returns) {
      throw new InvalidValueException("days", "has " + available + " daily returns on or before " + end + " but "
          + returns + " are needed");
    }
    return estimate(history.lastDays(returns + 1, end));
  }

  /** The number of daily returns in a look-back of {@code termYears}: round(term × trading days per year). */
  public int returnsForTerm(double termYears) {
    Checks.positive(termYears, "term");
    long returns = Math.round(termYears * tradingDaysPerYear);
    if (returns < 2) {
      throw new InvalidValueException("term", "of " + termYears + " years spans " + returns
          + " daily returns at " + tradingDaysPerYear + " trading days a year; a volatility needs at least 2");
    }
    if (returns > Integer.MAX_VALUE - 1) {
      throw new InvalidValueException("term", "of " + termYears + " years is longer than any price history");
    }
    return (int) returns;
  }
}
