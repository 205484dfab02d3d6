package org.warrantlab.instrument;

import java.time.LocalDate;
import org.warrantlab.check.Checks;
import org.warrantlab.event.PriceRule;
import org.warrantlab.market.TradingCalendar;

/**
 * A one-off reset or amendment written into the contract: on {@code date} the exercise price becomes the
 * lesser of itself and the measured price (e.g. an amendment to a fixed $1.26).
 *
 * @param date the day of the reset
 * @param price how the new price is measured on that day
 * @param adjustShares whether shares per warrant rise to keep the aggregate exercise price
 */
public record ScheduledReset(LocalDate date, PriceRule price, boolean adjustShares) {

  public ScheduledReset {
    Checks.notNull(date, "date");
    Checks.notNull(price, "price");
  }

  /** The trading day whose price the reset measures: its date, or the last trading day before it. */
  public LocalDate measurementDay() {
    return TradingCalendar.tradingDaysEndingOn(date, 1).get(0);
  }

  public ScheduledReset withPrice(PriceRule newPrice) {
    return new ScheduledReset(date, newPrice, adjustShares);
  }
}
