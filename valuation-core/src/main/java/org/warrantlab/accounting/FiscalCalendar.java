package org.warrantlab.accounting;

import java.time.LocalDate;
import java.time.MonthDay;
import org.warrantlab.check.Checks;

/**
 * The company's fiscal year, fixed by the month and day it starts (Capstone's starts on April 1, so
 * the quarter ended September 30 is the second quarter and the year to date is six months).
 *
 * @param yearStart first day of each fiscal year
 */
public record FiscalCalendar(MonthDay yearStart) {

  public static final FiscalCalendar CALENDAR_YEAR = new FiscalCalendar(MonthDay.of(1, 1));

  public FiscalCalendar {
    Checks.notNull(yearStart, "fiscalYearStart");
  }

  /** First day of the fiscal year that contains {@code date}. */
  public LocalDate yearStartOf(LocalDate date) {
    LocalDate start = yearStart.atYear(date.getYear());
    return start.isAfter(date) ? yearStart.atYear(date.getYear() - 1) : start;
  }

  /** Whether the days after {@code start} up to and including {@code end} all lie in one fiscal year. */
  public boolean withinOneYear(LocalDate start, LocalDate end) {
    return !yearStartOf(end).isAfter(start.plusDays(1));
  }
}
