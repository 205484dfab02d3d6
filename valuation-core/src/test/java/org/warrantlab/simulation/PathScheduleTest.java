package org.warrantlab.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates placed on the grid, and look-backs that read trading-day steps only. */
class PathScheduleTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2020, 1, 1);

  private static PathSchedule weekendInTheLookBack() {
    // Look-back of 4 trading days ending Monday Jan 13 (Tue 7 .. Mon 13 minus the weekend: 8, 9, 10, 13),
    // and a Saturday expiry between them.
    return new PathSchedule.Builder(WEDNESDAY, WEDNESDAY.plusDays(30)).lookback(LocalDate.of(2020, 1, 13).toEpochDay(), 4)
        .price(LocalDate.of(2020, 1, 11).toEpochDay()).build();
  }

  @Test
  void datesAreStepsInOrderAndTheValuationDateIsStepMinusOne() {
    PathSchedule schedule = weekendInTheLookBack();
    assertEquals(5, schedule.steps());
    assertEquals(LocalDate.of(2020, 1, 8), schedule.date(0));
    assertEquals(3, schedule.step(LocalDate.of(2020, 1, 11)));
    assertEquals(-1, schedule.step(WEDNESDAY));
    assertEquals(8 / 365.0, schedule.grid().time(1), 0.0);
    assertThrows(IllegalStateException.class, () -> schedule.step(LocalDate.of(2020, 1, 12)));
    assertEquals(3, schedule.firstStepFrom(LocalDate.of(2020, 1, 11)));
    assertEquals(0, schedule.firstStepFrom(LocalDate.of(1999, 1, 1)));
    assertEquals(5, schedule.firstStepFrom(LocalDate.of(2020, 1, 14)));
    assertEquals(3, schedule.lastStepUpTo(LocalDate.of(2020, 1, 12)));
    assertEquals(-1, schedule.lastStepUpTo(LocalDate.of(2020, 1, 7)));
  }

  @Test
  void aLookBackSkipsTheWeekendStep() {
    PathSchedule schedule = weekendInTheLookBack();
    int monday = schedule.step(LocalDate.of(2020, 1, 13));
    assertEquals(4, schedule.simulatedLookbackDays(monday, 4));
    assertEquals(8, schedule.simulatedLookbackDays(monday, 10), "Jan 2 to 13 has 8 trading days after the valuation date");
    assertEquals(monday, schedule.tradingStepBefore(monday, 0));
    assertEquals(schedule.step(LocalDate.of(2020, 1, 10)), schedule.tradingStepBefore(monday, 1));
    assertEquals(schedule.step(LocalDate.of(2020, 1, 8)), schedule.tradingStepBefore(monday, 3));
  }

  @Test
  void aWindowCountsItsPastDaysAndDropsThoseAfterTheLastUsefulDay() {
    PathSchedule schedule = new PathSchedule.Builder(WEDNESDAY, WEDNESDAY.plusDays(30))
        .tradingDays(LocalDate.of(2019, 12, 30).toEpochDay(), LocalDate.of(2020, 1, 3).toEpochDay(), 1).build();
    PathSchedule.WindowDays days = schedule.windowDays(LocalDate.of(2019, 12, 30), LocalDate.of(2020, 1, 10),
        LocalDate.of(2020, 1, 3));
    assertEquals(10, days.total());
    assertEquals(3, days.past(), "Mon 30, Tue 31 and Wed 1 are on or before the valuation date");
    assertEquals(-1, days.stepOf(2));
    assertEquals(0, days.stepOf(3));
    assertEquals(1, days.stepOf(4));
    assertEquals(-1, days.stepOf(5), "after the last useful day");
  }
}
