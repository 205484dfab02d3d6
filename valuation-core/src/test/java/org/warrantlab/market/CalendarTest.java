package org.warrantlab.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarTest {

  @Test
  void yearFractionIsActualDaysOver365() {
    assertEquals(365.0 / 365, Act365Fixed.yearFraction(LocalDate.of(2009, 9, 30), LocalDate.of(2010, 9, 30)), 0.0);
    assertEquals(366.0 / 365, Act365Fixed.yearFraction(LocalDate.of(2011, 9, 30), LocalDate.of(2012, 9, 30)), 0.0);
    assertEquals(-1.0 / 365, Act365Fixed.yearFraction(LocalDate.of(2009, 9, 30), LocalDate.of(2009, 9, 29)), 0.0);
  }

  @Test
  void tradingDaysAreWeekdays() {
    assertTrue(TradingCalendar.isTradingDay(LocalDate.of(2009, 9, 30)));   // Wednesday
    assertFalse(TradingCalendar.isTradingDay(LocalDate.of(2009, 10, 3)));  // Saturday
    List<LocalDate> march2010 = TradingCalendar.tradingDays(LocalDate.of(2010, 3, 1), LocalDate.of(2010, 3, 31));
    assertEquals(23, march2010.size());
    assertEquals(LocalDate.of(2010, 3, 1), march2010.get(0));
    assertEquals(LocalDate.of(2010, 3, 31), march2010.get(22));
  }

  @Test
  void lookBackEndsOnTheLastTradingDay() {
    List<LocalDate> days = TradingCalendar.tradingDaysEndingOn(LocalDate.of(2012, 9, 16), 3); // a Sunday
    assertEquals(List.of(LocalDate.of(2012, 9, 12), LocalDate.of(2012, 9, 13), LocalDate.of(2012, 9, 14)), days);
  }

  @Test
  void tradingDaysAreCountedAsTheyAreListed() {
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 500; i++) {
      LocalDate from = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(4000));
      LocalDate to = from.plusDays(random.nextInt(60) - 5);
      assertEquals(TradingCalendar.tradingDays(from, to).size(), TradingCalendar.count(from, to), from + " to " + to);
    }
    LocalDate start = LocalDate.of(2000, 1, 1);
    LocalDate end = LocalDate.of(9999, 12, 31);
    assertEquals(TradingCalendar.tradingDays(start, end).size(), TradingCalendar.count(start, end));
  }
}
