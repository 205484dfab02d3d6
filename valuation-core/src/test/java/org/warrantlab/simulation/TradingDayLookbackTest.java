package org.warrantlab.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warrantlab.event.Financing;
import org.warrantlab.event.FinancingSize;
import org.warrantlab.event.FinancingTerms;
import org.warrantlab.event.FinancingWindow;
import org.warrantlab.event.PriceRule;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.FullRatchet;
import org.warrantlab.instrument.NoAntiDilution;
import org.warrantlab.instrument.ResetLimits;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.ScheduledReset;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.MonteCarloWarrantPricer;

/**
 * A VWAP averages trading days only, whatever else is on the grid. Zero volatility, as in
 * {@link ResetScenarioTest}: the share price is S(t) = 10 e^{0.5 t} with t = days / 365 after the
 * valuation date, Wednesday 2020-01-01, so every figure can be checked with a pencil.
 *
 * <p>One financing for sure on Monday 2020-01-13 at 10% below the 10-day VWAP. Its ten trading days are
 * Tue 2019-12-31 and Wed 01-01 (on or before the valuation date: the spot, 10) and Jan 2, 3, 6, 7, 8, 9,
 * 10, 13 (days 1, 2, 5, 6, 7, 8, 9, 12: 10.013708, 10.027435, 10.068728, 10.082530, 10.096352,
 * 10.110192, 10.124051, 10.165742). VWAP = (20 + 80.688739) / 10 = 10.068874; the full ratchet resets
 * X = 10 to X' = 0.9 VWAP = 9.061986. The tranche expires Monday 2021-01-04, T = 369 / 365, and pays
 * e^{-0.5 T} (10 e^{0.5 T} - X') = 10 - 9.061986 × 0.603216 = 4.533662156.
 *
 * <p>A tranche expiring on Saturday 2020-01-11 puts that Saturday on the grid, between Friday and the
 * financing's Monday. Were the look-back the last eight grid points, it would read the Saturday
 * (10.137929) instead of Thursday Jan 2: X' = 9.073166 and the value 4.526918272.
 */
class TradingDayLookbackTest {

  private static final LocalDate VALUATION = LocalDate.of(2020, 1, 1);
  private static final LocalDate MONDAY = LocalDate.of(2020, 1, 13);
  private static final LocalDate SATURDAY = LocalDate.of(2020, 1, 11);
  private static final LocalDate EXPIRY = LocalDate.of(2021, 1, 4);
  private static final MarketData RISING = new MarketData(VALUATION, 10, 0.0, RiskFreeRate.continuous(0.50), 0,
      1_000_000);
  private static final Financing MONDAY_ROUND = new FinancingWindow(MONDAY, MONDAY, 1.0,
      new FinancingTerms(FinancingSize.ofAmount(1_000_000), PriceRule.vwap(10), 0.10, false));
  private static final double HAND_VALUE = 4.533662156;

  private static Warrant ratchet() {
    return new Warrant("ratchet", 100_000, 1.0, 10, VALUATION.minusYears(1), EXPIRY, ExerciseStyle.EUROPEAN,
        Dilution.NONE, new FullRatchet(ResetLimits.NONE), List.of());
  }

  private static Warrant expiringOn(LocalDate expiry) {
    return new Warrant("weekend", 100_000, 1.0, 10, VALUATION.minusYears(1), expiry, ExerciseStyle.EUROPEAN,
        Dilution.NONE);
  }

  /** The value per warrant of the first tranche; the path is deterministic, so the standard error is zero. */
  private static double value(List<Financing> financings, Warrant... book) {
    BookValuation valuation = MonteCarloWarrantPricer.DEFAULT.value(
        java.util.Arrays.stream(book).map(w -> ResolvedWarrant.resolve(w, RISING)).toList(), financings, RISING,
        new SimulationSettings(64, 1, true, false, 1));
    assertEquals(0.0, valuation.tranches().get(0).perWarrant().standardError(), 1e-12);
    return valuation.tranches().get(0).perWarrant().value();
  }

  @Test
  void theTenDayVwapGivesTheHandValue() {
    assertEquals(HAND_VALUE, value(List.of(MONDAY_ROUND), ratchet()), 1e-9);
  }

  @Test
  void aTrancheExpiringOnASaturdayDoesNotEnterTheLookBack() {
    assertEquals(HAND_VALUE, value(List.of(MONDAY_ROUND), ratchet(), expiringOn(SATURDAY)), 1e-9);
    assertEquals(HAND_VALUE, value(List.of(MONDAY_ROUND), ratchet(), expiringOn(SATURDAY.plusDays(1))), 1e-9);
  }

  @Test
  void aScheduledResetLooksBackOverTheSameTradingDays() {
    // The same measurement as a scheduled reset on the Monday: X' = VWAP = 10.068874, not 0.9 of it, as
    // the reset takes the measured price itself: 10 - 10.068874 × 0.603216 = 3.926291.
    ScheduledReset toVwap = new ScheduledReset(MONDAY, PriceRule.vwap(10), false);
    Warrant amended = new Warrant("amended", 100_000, 1.0, 10.5, VALUATION.minusYears(1), EXPIRY,
        ExerciseStyle.EUROPEAN, Dilution.NONE, NoAntiDilution.INSTANCE, List.of(toVwap));
    double vwap = (2 * 10 + 10.013708017046138 + 10.027434825065411 + 10.068728252725608 + 10.082530482577738
        + 10.096351632550075 + 10.110191728578357 + 10.124050796633863 + 10.165742093210925) / 10;
    double expected = 10 - vwap * Math.exp(-0.5 * 369 / 365.0);
    assertEquals(3.926291, expected, 1e-6);
    assertEquals(expected, value(List.of(), amended), 1e-9);
    assertEquals(expected, value(List.of(), amended, expiringOn(SATURDAY)), 1e-9);
  }
}
