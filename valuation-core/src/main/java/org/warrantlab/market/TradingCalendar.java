package org.warrantlab.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
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
