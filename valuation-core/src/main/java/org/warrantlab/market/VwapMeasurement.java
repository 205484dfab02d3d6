package org.warrantlab.market;

import java.time.LocalDate;
import org.warrantlab.check.Checks;

/**
 * A volume-weighted average price measured over a window of trading days, with the figures a financing
 * priced off it needs.
 *
 * @param days the trading days of the window, oldest first
 * @param vwap Σ close·volume / Σ volume over the window
 * @param averageClose the simple average of the window's closes
 * @param totalVolume Σ volume over the window, positive
 */
public record VwapMeasurement(PriceHistory days, double vwap, double averageClose, double totalVolume) {

  public VwapMeasurement {
    Checks.notNull(days, "days");
    Checks.positive(vwap, "vwap");
    Checks.positive(averageClose, "averageClose");
    Checks.positive(totalVolume, "totalVolume");
  }

  public LocalDate firstDate() {
    return days.first().date();
  }

  public LocalDate lastDate() {
    return days.last().date();
  }

  /** The close on the window's last day. */
  public double lastClose() {
    return days.last().close();
  }

  /** The lesser of the last close and the VWAP, the reference of a financing priced off either. */
  public double lesserOfCloseAndVwap() {
    return Math.min(lastClose(), vwap);
  }

  /** The issue price of a financing at {@code discount} below the lesser of close and VWAP: (1 − D) × min. */
  public double financingPrice(double discount) {
    return (1 - Checks.fraction(discount, "discount")) * lesserOfCloseAndVwap();
  }
}
