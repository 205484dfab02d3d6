package org.warrantlab.market;

import java.time.LocalDate;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;

/**
 * The volume-weighted average price of a share over its last n trading days: Σ close·volume / Σ volume,
 * each day's close standing in for the prices of its trades.
 */
public final class VolumeWeightedPrice {

  private VolumeWeightedPrice() {
  }

  /** The VWAP over the last {@code days} trading days of {@code history} on or before {@code end}. */
  public static VwapMeasurement measure(PriceHistory history, LocalDate end, int days) {
    Checks.positive(days, "days");
    PriceHistory window = history.lastDays(days, end);
    double weighted = 0;
    double volume = 0;
    double closes = 0;
    for (DailyPrice day : window.days()) {
      weighted += day.close() * day.volume();
      volume += day.volume();
      closes += day.close();
    }
    if (volume == 0) {
      throw new InvalidValueException("volume", "is zero on every day from " + window.first().date() + " to "
          + window.last().date() + ", so the VWAP is undefined");
    }
    return new VwapMeasurement(window, weighted / volume, closes / days, volume);
  }
}
