package org.warrantlab.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test histories: consecutive weekdays from a start date. */
final class Prices {

  /** Monday 2009-09-21. */
  static final LocalDate MONDAY = LocalDate.of(2009, 9, 21);

  private Prices() {
  }

  /** The closes on consecutive trading days from {@link #MONDAY}, each with a volume of 1,000 shares. */
  static PriceHistory closes(double... closes) {
    double[] volumes = new double[closes.length];
    Arrays.fill(volumes, 1_000);
    return history(closes, volumes);
  }

  /** Closes and volumes on consecutive trading days from {@link #MONDAY}. */
  static PriceHistory history(double[] closes, double[] volumes) {
    List<LocalDate> dates = TradingCalendar.tradingDays(MONDAY, MONDAY.plusDays(2L * closes.length + 7));
    List<DailyPrice> days = new ArrayList<>();
    for (int i = 0; i < closes.length; i++) {
      days.add(new DailyPrice(dates.get(i), closes[i], volumes[i]));
    }
    return new PriceHistory(days);
  }

  /** The i-th trading day from {@link #MONDAY}, counting from 0. */
  static LocalDate day(int i) {
    return TradingCalendar.tradingDays(MONDAY, MONDAY.plusDays(2L * i + 7)).get(i);
  }
}
