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

  /** Whether the day {@code epochDay} days after 1970-01-01 is a trading day: {@link #isTradingDay} without a date. */
  public static boolean isTradingDay(long epochDay) {
    return Math.floorMod(epochDay + 3, 7) < 5;
  }

  /** The last trading day on or before {@code epochDay}, as an epoch day. */
  public static long tradingDayOnOrBefore(long epochDay) {
    int weekday = Math.floorMod(epochDay + 3, 7);
    return weekday < 5 ? epochDay : epochDay - (weekday - 4);
  }

  /**
   * How many trading days there are from epoch day {@code start} to {@code end}, both inclusive (0 when
   * {@code end} is earlier): {@link #count} in a few operations on day numbers.
   */
  public static long count(long start, long end) {
    return end < start ? 0 : tradingDaysBefore(end + 1) - tradingDaysBefore(start);
  }

  /** Trading days before epoch day {@code epochDay}, counted from the Monday 1969-12-29 (negative before it). */
  private static long tradingDaysBefore(long epochDay) {
    long fromMonday = epochDay + 3;
    return 5 * Math.floorDiv(fromMonday, 7) + Math.min(Math.floorMod(fromMonday, 7), 5);
  }
}
