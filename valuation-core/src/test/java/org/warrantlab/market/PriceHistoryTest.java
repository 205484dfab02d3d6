package org.warrantlab.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warrantlab.check.InvalidValueException;

class PriceHistoryTest {

  private static final LocalDate FRIDAY = LocalDate.of(2009, 9, 25);
  private static final LocalDate MONDAY = LocalDate.of(2009, 9, 28);

  @Test
  void aDayNeedsAPositiveFiniteCloseAndANonNegativeVolume() {
    assertEquals("close must be positive and finite but was 0.0",
        assertThrows(InvalidValueException.class, () -> new DailyPrice(FRIDAY, 0, 1)).getMessage());
    assertEquals("close", assertThrows(InvalidValueException.class,
        () -> new DailyPrice(FRIDAY, Double.NaN, 1)).field());
    assertEquals("volume must be non-negative and finite but was -5.0",
        assertThrows(InvalidValueException.class, () -> new DailyPrice(FRIDAY, 1.3, -5)).getMessage());
    assertEquals(0.0, new DailyPrice(FRIDAY, 1.3, 0).volume());
  }

  @Test
  void datesMustStrictlyIncrease() {
    DailyPrice friday = new DailyPrice(FRIDAY, 1.30, 100);
    DailyPrice monday = new DailyPrice(MONDAY, 1.32, 100);
    assertEquals("date (2009-09-25) repeats the previous date", assertThrows(InvalidValueException.class,
        () -> new PriceHistory(List.of(friday, friday))).getMessage());
    assertEquals("date (2009-09-25) comes before the previous date, 2009-09-28",
        assertThrows(InvalidValueException.class, () -> new PriceHistory(List.of(monday, friday))).getMessage());
    assertThrows(InvalidValueException.class, () -> new PriceHistory(List.of()));
    assertEquals(2, new PriceHistory(List.of(friday, monday)).size());
  }

  @Test
  void logReturnsAreOfConsecutiveCloses() {
    PriceHistory history = Prices.closes(100, 110, 99);
    assertArrayEquals(new double[] {Math.log(1.1), Math.log(0.9)}, history.logReturns(), 1e-15);
  }

  @Test
  void betweenKeepsBothEnds() {
    PriceHistory history = Prices.closes(1, 2, 3, 4, 5, 6, 7);
    PriceHistory window = history.between(Prices.day(1), Prices.day(4));
    assertEquals(4, window.size());
    assertEquals(Prices.day(1), window.first().date());
    assertEquals(Prices.day(4), window.last().date());
    assertThrows(InvalidValueException.class, () -> history.between(Prices.day(4), Prices.day(1)));
  }

  @Test
  void lastDaysEndOnOrBeforeTheEndDate() {
    PriceHistory history = Prices.closes(1, 2, 3, 4, 5, 6, 7); // Mon 2009-09-21 .. Tue 2009-09-29
    PriceHistory window = history.lastDays(3, LocalDate.of(2009, 9, 27)); // a Sunday
    assertEquals(List.of(3.0, 4.0, 5.0), window.days().stream().map(DailyPrice::close).toList());
    InvalidValueException tooFew = assertThrows(InvalidValueException.class, () -> history.lastDays(3, Prices.day(1)));
    assertEquals("days has 2 trading days on or before 2009-09-22 but 3 are needed", tooFew.getMessage());
  }
}
