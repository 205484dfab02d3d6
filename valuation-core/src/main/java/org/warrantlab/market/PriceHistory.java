package org.warrantlab.market;

import java.time.LocalDate;
import java.util.List;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.math.Transcendentals;

/**
 * A share's daily prices, oldest first, dates strictly increasing: the input of historical volatility and
 * VWAP measurements. Holds at least one day.
 *
 * @param days the trading days in date order
 */
public record PriceHistory(List<DailyPrice> days) {

  public PriceHistory {
    Checks.notNull(days, "days");
    days = List.copyOf(days);
    if (days.isEmpty()) {
      throw new InvalidValueException("days", "must hold at least one trading day");
    }
    for (int i = 1; i < days.size(); i++) {
      checkFollows(days.get(i - 1), days.get(i));
    }
  }

  /** Checks that {@code next} may follow {@code previous} in a history: its date is strictly later. */
  public static void checkFollows(DailyPrice previous, DailyPrice next) {
    if (next.date().equals(previous.date())) {
      throw new InvalidValueException("date", "(" + next.date() + ") repeats the previous date");
    }
    if (next.date().isBefore(previous.date())) {
      throw new InvalidValueException("date",
          "(" + next.date() + ") comes before the previous date, " + previous.date());
    }
  }

  public int size() {
    return days.size();
  }

  public DailyPrice first() {
    return days.get(0);
  }

  public DailyPrice last() {
    return days.get(days.size() - 1);
  }

  /** The days from {@code from} to {@code to}, both inclusive. */
  public PriceHistory between(LocalDate from, LocalDate to) {
    Checks.notBefore(to, "to", Checks.notNull(from, "from"), "from");
    List<DailyPrice> window = days.stream()
        .filter(day -> !day.date().isBefore(from) && !day.date().isAfter(to))
        .toList();
    if (window.isEmpty()) {
      throw new InvalidValueException("days", "has no trading day from " + from + " to " + to);
    }
    return new PriceHistory(window);
  }

  /** The last {@code count} days on or before {@code end}. */
  public PriceHistory lastDays(int count, LocalDate end) {
    Checks.positive(count, "count");
    int stop = countOnOrBefore(Checks.notNull(end, "end"));
    if (stop < count) {
      throw new InvalidValueException("days",
          "has " + stop + " trading day" + (stop == 1 ? "" : "s") + " on or before " + end + " but " + count
              + " are needed");
    }
    return new PriceHistory(days.subList(stop - count, stop));
  }

  /** How many days fall on or before {@code date}. */
  public int countOnOrBefore(LocalDate date) {
    int count = 0;
    while (count < days.size() && !days.get(count).date().isAfter(date)) {
      count++;
    }
    return count;
  }

  /** The log returns ln(close[i] / close[i-1]) of consecutive days, one fewer than the days. */
  public double[] logReturns() {
    double[] returns = new double[days.size() - 1];
    for (int i = 1; i < days.size(); i++) {
      returns[i - 1] = Transcendentals.log(days.get(i).close() / days.get(i - 1).close());
    }
    return returns;
  }
}
