package org.warrantlab.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warrantlab.event.Financing;
import org.warrantlab.event.FinancingSize;
import org.warrantlab.event.FinancingTerms;
import org.warrantlab.event.FinancingWindow;
import org.warrantlab.event.PriceRule;
import org.warrantlab.instrument.AntiDilution;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.FullRatchet;
import org.warrantlab.instrument.NoAntiDilution;
import org.warrantlab.instrument.ResetLimits;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.ScheduledReset;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.instrument.WeightedAverage;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.MonteCarloWarrantPricer;

/**
 * Hand-computed scenarios. Volatility and rates are zero, so the share price stays at $1.15 on every
 * path and a financing window of one day with probability 1 happens for sure: each value below can be
 * checked with a pencil. Book: 1,000,000 common shares; one tranche of 500,000 warrants at X = $1.20.
 * The first financing (2010-03-15) sells at 20% below the close, P = 0.92, raising $460,000, so
 * C = 500,000 shares; the second (2010-06-15) at 30% below, P = 0.805, raising $402,500, C = 500,000.
 */
class ResetScenarioTest {

  private static final LocalDate VALUATION = LocalDate.of(2009, 9, 30);
  private static final LocalDate FIRST_ROUND = LocalDate.of(2010, 3, 15);
  private static final LocalDate SECOND_ROUND = LocalDate.of(2010, 6, 15);
  private static final MarketData FLAT = new MarketData(VALUATION, 1.15, 0.0, RiskFreeRate.continuous(0), 0, 1_000_000);

  private static Financing round(LocalDate day, double discount, double amount, boolean postMoney) {
    return new FinancingWindow(day, day, 1.0,
        new FinancingTerms(FinancingSize.ofAmount(amount), PriceRule.close(), discount, postMoney));
  }

  private static final Financing FIRST = round(FIRST_ROUND, 0.20, 460_000, false);
  private static final Financing SECOND = round(SECOND_ROUND, 0.30, 402_500, false);

  private static Warrant warrant(AntiDilution clause, ScheduledReset... resets) {
    return new Warrant("w", 500_000, 1.0, 1.20, VALUATION.minusYears(1), LocalDate.of(2013, 9, 23),
        ExerciseStyle.EUROPEAN, Dilution.NONE, clause, List.of(resets));
  }

  private static ResetLimits limits(double floor, boolean adjustShares) {
    return new ResetLimits(floor, adjustShares, Integer.MAX_VALUE, null, null);
  }

  /** The value per warrant; the path is deterministic, so the standard error must be zero. */
  private static double value(MarketData market, Warrant warrant, Financing... financings) {
    BookValuation valuation = MonteCarloWarrantPricer.DEFAULT.value(
        List.of(ResolvedWarrant.resolve(warrant, market)), List.of(financings), market,
        new SimulationSettings(64, 1, true, false, 1));
    assertEquals(0.0, valuation.tranches().get(0).perWarrant().standardError(), 1e-12);
    return valuation.tranches().get(0).perWarrant().value();
  }

  private static double value(Warrant warrant, Financing... financings) {
    return value(FLAT, warrant, financings);
  }

  @Test
  void fullRatchetDropsTheExercisePriceToTheIssuePrice() {
    // X' = P = 0.92; payoff 1.15 - 0.92 = 0.23
    assertEquals(0.23, value(warrant(new FullRatchet(ResetLimits.NONE)), FIRST), 1e-12);
  }

  @Test
  void shareAdjustmentKeepsTheAggregateExercisePrice() {
    // m' = 1.20 / 0.92; payoff m' (1.15 - 0.92) = 1.20 × 0.23 / 0.92 = 0.30
    assertEquals(0.30, value(warrant(new FullRatchet(limits(0, true))), FIRST), 1e-12);
  }

  @Test
  void floorStopsTheReset() {
    // X' = max(0.92, 1.00) = 1.00; payoff 0.15
    assertEquals(0.15, value(warrant(new FullRatchet(limits(1.00, false))), FIRST), 1e-12);
  }

  @Test
  void aFloorAboveTheExercisePriceMeansNoReset() {
    assertEquals(0.0, value(warrant(new FullRatchet(limits(1.25, false))), FIRST), 0.0);
  }

  @Test
  void narrowWeightedAverageUsesCommonSharesOnly() {
    // A = 1,000,000, B = 460,000 / 1.20 = 383,333.33, C = 500,000
    // X' = 1.20 × 1,383,333.33 / 1,500,000 = 1.106667; payoff 1.15 - 1.106667 = 0.043333
    double expected = 1.15 - 1.20 * (1_000_000 + 460_000 / 1.20) / 1_500_000;
    assertEquals(0.0433333333, expected, 1e-9);
    assertEquals(expected, value(warrant(new WeightedAverage(WeightedAverage.Basis.NARROW, ResetLimits.NONE)), FIRST),
        1e-12);
  }

  @Test
  void broadWeightedAverageCountsTheWarrantShares() {
    // A = 1,000,000 + 500,000 warrant shares; X' = 1.20 × 1,883,333.33 / 2,000,000 = 1.13; payoff 0.02
    assertEquals(0.02, value(warrant(new WeightedAverage(WeightedAverage.Basis.BROAD, ResetLimits.NONE)), FIRST),
        1e-12);
  }

  @Test
  void twoDownRoundsResetTwiceAndTheSecondSeesTheFirstsShares() {
    // Narrow: X1 = 1.106667 as above; second round A = 1,500,000, B = 402,500 / X1, C = 500,000:
    // X2 = X1 × (1,500,000 + 402,500 / X1) / 2,000,000 = (1,500,000 X1 + 402,500) / 2,000,000 = 1.03125
    double x1 = 1.20 * (1_000_000 + 460_000 / 1.20) / 1_500_000;
    double x2 = (1_500_000 * x1 + 402_500) / 2_000_000;
    assertEquals(1.03125, x2, 1e-12);
    Warrant narrow = warrant(new WeightedAverage(WeightedAverage.Basis.NARROW, ResetLimits.NONE));
    assertEquals(1.15 - x2, value(narrow, FIRST, SECOND), 1e-12);
    // Full ratchet: X2 = 0.805; payoff 0.345
    assertEquals(0.345, value(warrant(new FullRatchet(ResetLimits.NONE)), FIRST, SECOND), 1e-12);
  }

  @Test
  void maxResetsStopsTheSecondReset() {
    ResetLimits once = new ResetLimits(0, false, 1, null, null);
    assertEquals(0.23, value(warrant(new FullRatchet(once)), FIRST, SECOND), 1e-12);
  }

  @Test
  void protectionPeriodExcludesIssuesOutsideIt() {
    ResetLimits untilApril = new ResetLimits(0, false, Integer.MAX_VALUE, null, LocalDate.of(2010, 4, 30));
    ResetLimits fromApril = new ResetLimits(0, false, Integer.MAX_VALUE, LocalDate.of(2010, 4, 1), null);
    assertEquals(0.23, value(warrant(new FullRatchet(untilApril)), FIRST, SECOND), 1e-12);
    assertEquals(0.345, value(warrant(new FullRatchet(fromApril)), FIRST, SECOND), 1e-12);
  }

  @Test
  void scheduledAmendmentTakesTheLesserPrice() {
    ScheduledReset toFixed = new ScheduledReset(LocalDate.of(2012, 9, 18), PriceRule.fixed(1.05), false);
    assertEquals(0.10, value(warrant(NoAntiDilution.INSTANCE, toFixed)), 1e-12);
    ScheduledReset above = new ScheduledReset(LocalDate.of(2012, 9, 18), PriceRule.fixed(1.26), false);
    assertEquals(0.0, value(warrant(NoAntiDilution.INSTANCE, above)), 0.0);
  }

  @Test
  void postMoneyPriceDilutesTheShare() {
    // (A S + C P) / (A + C) = (1,000,000 × 1.15 + 500,000 × 0.92) / 1,500,000 = 1.073333
    Warrant plainAtOne = new Warrant("w", 500_000, 1.0, 1.00, VALUATION.minusYears(1), LocalDate.of(2013, 9, 23),
        ExerciseStyle.EUROPEAN, Dilution.NONE);
    assertEquals(1_610_000.0 / 1_500_000 - 1.00, value(plainAtOne, round(FIRST_ROUND, 0.20, 460_000, true)), 1e-12);
    assertEquals(0.15, value(plainAtOne, FIRST), 1e-12);
  }

  @Test
  void aLookBackReadsTheCloseAPostMoneyRoundMoved() {
    // Monday: P1 = 0.92, the price moves to S1 = 1,610,000 / 1,500,000. Tuesday: the 2-day VWAP reads
    // Monday's close as moved (S1, not 1.15) and Tuesday's (S1): P2 = 0.70 S1; $402,500 buys C2 = 402,500 / P2
    // shares and the price moves to S2 = (1,500,000 S1 + 402,500) / (1,500,000 + C2). Full ratchet: X = P2.
    double s1 = 1_610_000.0 / 1_500_000;
    double p2 = 0.70 * s1;
    double s2 = (1_500_000 * s1 + 402_500) / (1_500_000 + 402_500 / p2);
    Financing monday = round(FIRST_ROUND, 0.20, 460_000, true);
    Financing tuesday = new FinancingWindow(FIRST_ROUND.plusDays(1), FIRST_ROUND.plusDays(1), 1.0,
        new FinancingTerms(FinancingSize.ofAmount(402_500), PriceRule.vwap(2), 0.30, true));
    assertEquals(s2 - p2, value(warrant(new FullRatchet(ResetLimits.NONE)), monday, tuesday), 1e-12);
  }

  @Test
  void shareCountDilutionSeesTheNewShares() {
    // After the round: N = 1,500,000, M = 500,000 × 1 => factor 0.75; no clause, X = 1.00: payoff 0.75 × 0.15
    Warrant diluted = new Warrant("w", 500_000, 1.0, 1.00, VALUATION.minusYears(1), LocalDate.of(2013, 9, 23),
        ExerciseStyle.EUROPEAN, Dilution.SHARE_COUNT);
    assertEquals(0.75 * 0.15, value(diluted, FIRST), 1e-12);
  }

  @Test
  void vwapLookBackUsesTheSpotBeforeTheValuationDate() {
    // Rate 10%, no volatility: S(t) = 1.15 e^{0.1 t}. A financing on the 3rd trading day after the
    // valuation date priced at the lesser of the close and the 10-day VWAP reads 7 days at the spot.
    MarketData rising = new MarketData(VALUATION, 1.15, 0.0, RiskFreeRate.continuous(0.10), 0, 1_000_000);
    LocalDate day = LocalDate.of(2009, 10, 5); // Thu 1, Fri 2, Mon 5
    double vwap = (7 * 1.15 + price(rising, LocalDate.of(2009, 10, 1)) + price(rising, LocalDate.of(2009, 10, 2))
        + price(rising, day)) / 10;
    double issuePrice = 0.92 * vwap;
    Financing lesser = new FinancingWindow(day, day, 1.0,
        new FinancingTerms(FinancingSize.ofAmount(460_000), PriceRule.lesserOfCloseAndVwap(10), 0.08, false));
    LocalDate expiry = LocalDate.of(2013, 9, 23);
    double years = rising.yearFractionTo(expiry);
    double expected = Math.exp(-0.10 * years) * (price(rising, expiry) - issuePrice);
    assertEquals(expected, value(rising, warrant(new FullRatchet(ResetLimits.NONE)), lesser), 1e-12);
  }

  private static double price(MarketData market, LocalDate date) {
    return market.spot() * Math.exp(market.riskFreeRate().zeroRate(0) * market.yearFractionTo(date));
  }

  @Test
  void explainShowsTheRoundTheResetAndTheExpiry() {
    Warrant warrant = warrant(new FullRatchet(limits(0, true)));
    PathExplanation explanation = MonteCarloWarrantPricer.DEFAULT.explain(
        List.of(ResolvedWarrant.resolve(warrant, FLAT)), List.of(FIRST), FLAT,
        new SimulationSettings(10, 1, true, false, 1), 3);
    assertEquals(3, explanation.events().size());
    PathEvent.FinancingEvent financing = (PathEvent.FinancingEvent) explanation.events().get(0);
    assertEquals(FIRST_ROUND, financing.date());
    assertEquals(0.92, financing.issuePrice(), 1e-12);
    assertEquals(500_000, financing.shares(), 1e-6);
    assertEquals(1_500_000, financing.sharesOutstandingAfter(), 1e-6);
    PathEvent.ResetEvent reset = (PathEvent.ResetEvent) explanation.events().get(1);
    assertEquals(1.20, reset.exercisePriceBefore(), 0.0);
    assertEquals(0.92, reset.exercisePriceAfter(), 1e-12);
    assertEquals(1.20 / 0.92, reset.sharesPerWarrantAfter(), 1e-12);
    assertTrue(explanation.events().get(2) instanceof PathEvent.SettlementEvent);
    assertEquals(0.30, explanation.discountedPayoffs()[0], 1e-12);
  }
}
