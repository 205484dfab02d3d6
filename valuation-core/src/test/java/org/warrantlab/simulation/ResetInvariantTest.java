package org.warrantlab.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warrantlab.closedform.BlackScholes;
import org.warrantlab.event.Financing;
import org.warrantlab.event.FinancingSize;
import org.warrantlab.event.FinancingTerms;
import org.warrantlab.event.FinancingWindow;
import org.warrantlab.event.PoissonFinancing;
import org.warrantlab.event.PriceRule;
import org.warrantlab.instrument.AntiDilution;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.FullRatchet;
import org.warrantlab.instrument.NoAntiDilution;
import org.warrantlab.instrument.ResetLimits;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.instrument.WeightedAverage;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.MonteCarloWarrantPricer;
import org.warrantlab.result.Estimate;

/**
 * Invariants of reset warrants on random paths (80% volatility, Capstone-like). Statistical assertions
 * allow 4 standard errors: false-failure rate about 6.3e-5 each for a fresh seed; the seeds are fixed.
 */
class ResetInvariantTest {

  private static final LocalDate VALUATION = LocalDate.of(2009, 9, 30);
  private static final MarketData MARKET =
      new MarketData(VALUATION, 1.32, 0.80, RiskFreeRate.continuous(0.024), 0, 196_109_428);
  private static final SimulationSettings PLAIN_MEANS = new SimulationSettings(40_000, 2009, true, false, 2);

  private static Financing window(double probability, PriceRule pricing) {
    return new FinancingWindow(LocalDate.of(2010, 3, 1), LocalDate.of(2010, 3, 31), probability,
        new FinancingTerms(FinancingSize.ofAmount(25_000_000), pricing, 0.06, false));
  }

  private static final List<Financing> QUARTERLY_ROUNDS = List.of(
      window(0.5, PriceRule.lesserOfCloseAndVwap(10)),
      new FinancingWindow(LocalDate.of(2011, 3, 1), LocalDate.of(2011, 3, 31), 0.5,
          new FinancingTerms(FinancingSize.ofAmount(25_000_000), PriceRule.close(), 0.10, false)));

  private static Warrant warrant(AntiDilution clause) {
    return new Warrant("2008-09", 6_445_698, 1.0, 1.92, LocalDate.of(2008, 9, 23), LocalDate.of(2013, 9, 23),
        ExerciseStyle.EUROPEAN, Dilution.NONE, clause, List.of());
  }

  private static Estimate value(Warrant warrant, List<Financing> financings, SimulationSettings settings) {
    return MonteCarloWarrantPricer.DEFAULT.value(List.of(ResolvedWarrant.resolve(warrant, MARKET)), financings,
        MARKET, settings).tranches().get(0).perWarrant();
  }

  @Test
  void zeroProbabilityGivesExactlyThePlainWarrantValue() {
    List<Financing> never = List.of(window(0.0, PriceRule.close()));
    Estimate protectedValue = value(warrant(new FullRatchet(ResetLimits.NONE)), never, PLAIN_MEANS);
    Estimate plainValue = value(warrant(NoAntiDilution.INSTANCE), never, PLAIN_MEANS);
    assertEquals(plainValue, protectedValue);
  }

  @Test
  void aFinancingThatNeverPricesBelowTheExercisePriceGivesExactlyThePlainValue() {
    List<Financing> atTwoDollars = List.of(window(1.0, PriceRule.fixed(2.10)));
    Estimate protectedValue = value(warrant(new FullRatchet(ResetLimits.NONE)), atTwoDollars, PLAIN_MEANS);
    Estimate plainValue = value(warrant(NoAntiDilution.INSTANCE), atTwoDollars, PLAIN_MEANS);
    assertEquals(plainValue, protectedValue);
  }

  @Test
  void aFloorAboveTheExercisePriceGivesExactlyThePlainValue() {
    ResetLimits floorAbove = new ResetLimits(2.00, true, Integer.MAX_VALUE, null, null);
    assertEquals(value(warrant(NoAntiDilution.INSTANCE), QUARTERLY_ROUNDS, PLAIN_MEANS),
        value(warrant(new FullRatchet(floorAbove)), QUARTERLY_ROUNDS, PLAIN_MEANS));
  }

  @Test
  void unprotectedWarrantInAFinancedBookAgreesWithBlackScholes() {
    Estimate plain = value(warrant(NoAntiDilution.INSTANCE), QUARTERLY_ROUNDS, PLAIN_MEANS);
    double closedForm = BlackScholes.callPrice(1.32, 1.92, 1454 / 365.0, 0.024, 0, 0.80);
    assertTrue(plain.standardErrorsFrom(closedForm) < 4, () -> plain + " vs " + closedForm);
  }

  @Test
  void fullRatchetBeatsWeightedAverageBeatsNoProtection() {
    // Same seed and financings: the payoffs are ordered path by path, so the plain means are too.
    double fullRatchet = value(warrant(new FullRatchet(ResetLimits.NONE)), QUARTERLY_ROUNDS, PLAIN_MEANS).value();
    double narrow = value(warrant(new WeightedAverage(WeightedAverage.Basis.NARROW, ResetLimits.NONE)),
        QUARTERLY_ROUNDS, PLAIN_MEANS).value();
    double broad = value(warrant(new WeightedAverage(WeightedAverage.Basis.BROAD, ResetLimits.NONE)),
        QUARTERLY_ROUNDS, PLAIN_MEANS).value();
    double none = value(warrant(NoAntiDilution.INSTANCE), QUARTERLY_ROUNDS, PLAIN_MEANS).value();
    assertTrue(fullRatchet > narrow, fullRatchet + " vs " + narrow);
    assertTrue(narrow >= broad, narrow + " vs " + broad);
    assertTrue(broad >= none, broad + " vs " + none);
    assertTrue(fullRatchet > none * 1.05, "a full ratchet with two likely down rounds is worth clearly more");
  }

  @Test
  void valueRisesWithTheFinancingProbability() {
    Warrant protectedWarrant = warrant(new FullRatchet(new ResetLimits(0, true, Integer.MAX_VALUE, null, null)));
    SimulationSettings settings = new SimulationSettings(100_000, 77, true, true, 2);
    double previous = 0;
    for (double probability : new double[] {0.0, 0.25, 0.5, 0.75, 1.0}) {
      Estimate estimate = value(protectedWarrant, List.of(window(probability, PriceRule.close())), settings);
      double floor = previous;
      assertTrue(estimate.value() - 4 * estimate.standardError() > floor,
          () -> "p=" + probability + ": " + estimate + " not above " + floor);
      previous = estimate.value();
    }
  }

  @Test
  void controlVariateAgreesWithThePlainMeanAndShrinksTheError() {
    Warrant narrow = warrant(new WeightedAverage(WeightedAverage.Basis.NARROW, ResetLimits.NONE));
    Estimate plain = value(narrow, QUARTERLY_ROUNDS, PLAIN_MEANS);
    Estimate controlled = value(narrow, QUARTERLY_ROUNDS, new SimulationSettings(40_000, 2009, true, true, 2));
    double combined = Math.hypot(plain.standardError(), controlled.standardError());
    assertTrue(Math.abs(plain.value() - controlled.value()) < 4 * combined);
    assertTrue(controlled.standardError() < 0.5 * plain.standardError(),
        () -> controlled.standardError() + " vs " + plain.standardError());
  }

  @Test
  void resetBookIsBitIdenticalOnOneThreadOrMany() {
    List<Financing> withPoisson = List.of(QUARTERLY_ROUNDS.get(0), new PoissonFinancing(LocalDate.of(2010, 6, 1),
        LocalDate.of(2012, 6, 1), 0.8,
        new FinancingTerms(FinancingSize.ofShares(20_000_000), PriceRule.vwap(5), 0.05, true)));
    Warrant warrant = warrant(new FullRatchet(new ResetLimits(0.5, true, 3, null, null)));
    SimulationSettings one = new SimulationSettings(9_000, 5, true, true, 1);
    Estimate single = value(warrant, withPoisson, one);
    assertEquals(single, value(warrant, withPoisson, one.withThreads(2)));
    assertEquals(single, value(warrant, withPoisson, one.withThreads(7)));
  }

  @Test
  void explainedPathsAverageToTheEstimate() {
    // Two paths: one antithetic pair, no control variate, so the estimate is their plain average.
    Warrant warrant = warrant(new FullRatchet(ResetLimits.NONE));
    List<Financing> certain = List.of(window(1.0, PriceRule.lesserOfCloseAndVwap(10)));
    SimulationSettings twoPaths = new SimulationSettings(2, 31, true, false, 1);
    List<ResolvedWarrant> book = List.of(ResolvedWarrant.resolve(warrant, MARKET));
    double first = MonteCarloWarrantPricer.DEFAULT.explain(book, certain, MARKET, twoPaths, 0).discountedPayoffs()[0];
    double mirror = MonteCarloWarrantPricer.DEFAULT.explain(book, certain, MARKET, twoPaths, 1).discountedPayoffs()[0];
    assertEquals(0.5 * (first + mirror), value(warrant, certain, twoPaths).value(), 1e-15);
  }
}
