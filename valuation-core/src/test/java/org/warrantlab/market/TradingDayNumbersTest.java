package org.warrantlab.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The calendar on day numbers agrees with the calendar on dates, on every weekday and across centuries. */
class TradingDayNumbersTest {

  @Test
  void aDayNumberIsATradingDayExactlyWhenItsDateIs() {
    for (LocalDate day = LocalDate.of(1969, 12, 20); day.isBefore(LocalDate.of(1970, 1, 20)); day = day.plusDays(1)) {
      assertEquals(TradingCalendar.isTradingDay(day), TradingCalendar.isTradingDay(day.toEpochDay()), day::toString);
      assertEquals(TradingCalendar.tradingDaysEndingOn(day, 1).get(0).toEpochDay(),
          TradingCalendar.tradingDayOnOrBefore(day.toEpochDay()), day::toString);
    }
  }

  @Test
  void countsAgreeWithTheDateCountsBetweenAnyTwoDays() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 2_000; i++) {
      LocalDate start = LocalDate.of(1, 1, 1).plusDays(random.nextInt(3_650_000));
      LocalDate end = start.plusDays(random.nextInt(-10, i < 1_000 ? 40 : 400_000));
      assertEquals(TradingCalendar.count(start, end), TradingCalendar.count(start.toEpochDay(), end.toEpochDay()),
          () -> start + " to " + end);
    }
  }
}
