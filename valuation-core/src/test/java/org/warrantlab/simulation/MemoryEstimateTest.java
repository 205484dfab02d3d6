package org.warrantlab.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warrantlab.pricer.Books.VALUATION;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.event.Financing;
import org.warrantlab.event.FinancingSize;
import org.warrantlab.event.FinancingTerms;
import org.warrantlab.event.FinancingWindow;
import org.warrantlab.event.PriceRule;
import org.warrantlab.exercise.EarlyExerciseSettings;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.market.TradingCalendar;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.Books;

class MemoryEstimateTest {

  private static final long MB = 1L << 20;
  private static final MarketData PLAIN = Books.market(10, 0.3, 0.03, 0);
  private static final MarketData DIVIDENDS = Books.market(10, 0.3, 0.03, 0.05);

  @Test
  void aPlainBookOfTheUsualSizeNeedsLittle() {
    MemoryEstimate estimate = MemoryEstimate.ofValuation(List.of(Books.europeanInDays("w", 10, 1000)), List.of(),
        PLAIN, Books.settings(200_000, 1));
    assertTrue(estimate.bytes() < MB, estimate::toString);
    assertEquals(1, estimate.simulatedDates(), "a plain tranche is simulated on its expiry alone");
  }

  @Test
  void pathStatisticsGrowWithThePaths() {
    MemoryEstimate estimate = MemoryEstimate.ofValuation(List.of(Books.europeanInDays("w", 10, 1000)), List.of(),
        PLAIN, Books.settings(1_000_000_000_000L, 1));
    assertEquals(MemoryEstimate.Part.PATH_STATISTICS, estimate.largest());
    // 5e11 samples in 122,070,313 blocks, each with two sets of statistics (the tranche and the book)
    assertTrue(estimate.bytes() > 122_070_313L * 2 * 64, estimate::toString);
  }

  @Test
  void pathsBeyondTheLastBlockAreRefusedNamingThePaths() {
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> MemoryEstimate.ofValuation(
        List.of(Books.europeanInDays("w", 10, 1000)), List.of(), PLAIN, Books.settings(1_000_000_000_000_000L, 1)));
    assertEquals("paths", refused.field());
    assertTrue(refused.problem().startsWith("must be at most 17,592,186,036,224 "), refused.problem());
  }

  @Test
  void earlyExerciseNeedsTwoDoublesPerCalibrationPathAndDate() {
    Warrant american = new Warrant("a", 1_000, 1, 10, VALUATION.minusYears(1), VALUATION.plusYears(1000),
        ExerciseStyle.AMERICAN, Dilution.NONE);
    EarlyExerciseSettings early = EarlyExerciseSettings.DEFAULT.withCalibrationPaths(
        65_536 * EarlyExerciseSettings.DEFAULT.calibrations());
    SimulationSettings settings = new SimulationSettings(10_000, 1, true, true, 2, early);
    MemoryEstimate estimate = MemoryEstimate.ofValuation(List.of(american), List.of(), DIVIDENDS, settings);
    assertEquals(MemoryEstimate.Part.EARLY_EXERCISE, estimate.largest());
    double dates = 1000 * EarlyExerciseSettings.DEFAULT.datesPerYear();
    assertTrue(estimate.bytes() >= 2 * 65_536 * dates * 8, estimate::toString);
    assertTrue(estimate.bytes() >= 2 * dates * (1 << 20), "each row of 65,536 doubles may fill a 1 MB region");
    assertTrue(estimate.detail().startsWith("65,536 calibration paths × 52,0"), "every exercise date before expiry,"
        + " moved to a trading day: " + estimate.detail());
  }

  @Test
  void largeArraysAreCountedAsTheRegionsTheyMayFill() {
    assertEquals(16 + 8 * 1000, MemoryEstimate.doubleArrayBytes(1000));
    assertEquals(1 << 20, MemoryEstimate.doubleArrayBytes(65_536));
    assertEquals(1 << 21, MemoryEstimate.doubleArrayBytes(200_000));
  }

  @Test
  void earlyExerciseThatCannotPayCostsNothing() {
    Warrant american = new Warrant("a", 1_000, 1, 10, VALUATION.minusYears(1), VALUATION.plusYears(1000),
        ExerciseStyle.AMERICAN, Dilution.NONE);
    MemoryEstimate estimate = MemoryEstimate.ofValuation(List.of(american), List.of(), PLAIN, Books.settings(10_000, 1));
    assertTrue(estimate.bytes() < MB, estimate::toString);
  }

  @Test
  void aFinancingWindowAddsItsTradingDaysUpToTheLastExpiry() {
    // 2009-09-30 + 1000 days = 2012-06-26; the window's trading days from 2010-01-01 to then, with the
    // 9 trading days before 2010-01-01 that the first day's 10-day look-back reads, and the expiry.
    Financing window = new FinancingWindow(LocalDate.of(2010, 1, 1), LocalDate.of(9999, 12, 31), 0.5,
        new FinancingTerms(FinancingSize.ofAmount(1e6), PriceRule.lesserOfCloseAndVwap(10), 0.05, false));
    MemoryEstimate estimate = MemoryEstimate.ofValuation(List.of(Books.europeanInDays("w", 10, 1000)), List.of(window),
        PLAIN, Books.settings(10_000, 1));
    long windowDays = TradingCalendar.count(LocalDate.of(2010, 1, 1), VALUATION.plusDays(1000));
    assertEquals(windowDays + 9, estimate.simulatedDates());
    assertEquals(MemoryEstimate.Part.SIMULATED_DATES, estimate.largest());
    assertTrue(estimate.detail().startsWith(String.format("%,d simulated dates", windowDays + 9)), estimate.detail());
  }

  @Test
  void concurrentCasesAddTheLargestOnes() {
    MemoryEstimate small = new MemoryEstimate(10, MemoryEstimate.Part.PATH_STATISTICS, "small", 5);
    MemoryEstimate large = new MemoryEstimate(1000, MemoryEstimate.Part.EARLY_EXERCISE, "large", 50);
    MemoryEstimate medium = new MemoryEstimate(100, MemoryEstimate.Part.PATH_STATISTICS, "medium", 500);
    MemoryEstimate two = MemoryEstimate.concurrent(List.of(small, large, medium), 2);
    assertEquals(1100, two.bytes());
    assertEquals(MemoryEstimate.Part.EARLY_EXERCISE, two.largest());
    assertEquals(500, two.simulatedDates(), "the longest path of any case");
    assertEquals(1000, MemoryEstimate.concurrent(List.of(small, large, medium), 1).bytes());
  }

  /**
   * The largest book a four-digit year allows: daily exercise from year 2 to 9999, 2.6 million exercise
   * dates. The estimate resolves the book, in time linear in its dates and a few ints or doubles a date,
   * and refuses a request of too many paths before resolving anything.
   */
  @Test
  void theLargestRequestIsEstimatedOrRefused() {
    Warrant american = new Warrant("a", 1_000, 1, 10, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
        ExerciseStyle.AMERICAN, Dilution.NONE);
    MarketData early = new MarketData(LocalDate.of(2, 1, 1), 10, 0.3, (RiskFreeRate) DIVIDENDS.riskFreeRate(), 0.05, 1_000_000);
    SimulationSettings settings = new SimulationSettings(SimulationSettings.MAX_PATHS, 1, true, true, 2,
        new EarlyExerciseSettings(365, Integer.MAX_VALUE, EarlyExerciseSettings.DEFAULT.basis(), 8,
            EarlyExerciseSettings.DEFAULT.solver()));
    assertThrows(InvalidValueException.class,
        () -> MemoryEstimate.ofScenarios(List.of(american), List.of(), early, settings, 8, 12));
    MemoryEstimate estimate = MemoryEstimate.ofExplanation(List.of(american), List.of(), early, settings);
    assertTrue(estimate.bytes() > 1L << 50, estimate::toString);
    assertEquals(2_608_353, estimate.simulatedDates(), "every trading day after the valuation date, 0002-01-01, to expiry");
  }
}
