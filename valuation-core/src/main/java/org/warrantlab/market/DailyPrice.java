package org.warrantlab.market;

import java.time.LocalDate;
import org.warrantlab.check.Checks;

/**
 * One trading day of a share's price history.
 *
 * @param date the trading day
 * @param close the closing price, positive
 * @param volume shares traded that day, non-negative; 0 where the volume is not known
 */
public record DailyPrice(LocalDate date, double close, double volume) {

  public DailyPrice {
    Checks.notNull(date, "date");
    Checks.positive(close, "close");
    Checks.nonNegative(volume, "volume");
  }
}
