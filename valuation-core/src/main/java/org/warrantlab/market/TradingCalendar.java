package org.warrantlab.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Trading days are weekdays; holidays are not modelled. */
public final class TradingCalendar {

  private TradingCalendar() {
  }

  public static boolean isTradingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /** The trading days from {@code start} to {@code end}, both inclusive, in order. */
  public static List<LocalDate> tradingDays(LocalDate start, LocalDate end) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
      if (isTradingDay(day)) {
        days.add(day);
      }
    }
    return days;
  }

  /**
   * How many trading days there are from {@code start} to {@code end}, both inclusive (0 when {@code end}
   * is earlier): {@code tradingDays(start, end).size()} without listing them, at once for any span.
   */
  public static long count(LocalDate start, LocalDate end) {
    if (end.isBefore(start)) {
      return 0;
    }
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    long count = days / 7 * 5;
    LocalDate day = start;
    for (long i = 0; i < days % 7; i++) {
      count += isTradingDay(day) ? 1 : 0;
      day = day.plusDays(1);
    }
    return count;
  }

  /** The {@code count} trading days ending on or before {@code end}, oldest first. */
  public static List<LocalDate> tradingDaysEndingOn(LocalDate end, int count) {
    List<LocalDate> days = new ArrayList<>(count);
    for (LocalDate day = end; days.size() < count; day = day.minusDays(1)) {
      if (isTradingDay(day)) {
        days.add(0, day);
      }
    }
    return days;
  }
}
