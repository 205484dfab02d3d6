package org.warrantlab.pricer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warrantlab.closedform.ClosedFormWarrantPricer;
import org.warrantlab.event.Financing;
import org.warrantlab.event.FinancingSize;
import org.warrantlab.event.FinancingTerms;
import org.warrantlab.event.FinancingWindow;
import org.warrantlab.event.PriceRule;
import org.warrantlab.greeks.GreeksPricer;
import org.warrantlab.greeks.TrancheGreeks;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.FullRatchet;
import org.warrantlab.instrument.ResetLimits;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.Sampling;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.result.Estimate;
import org.warrantlab.simulation.PathEvent;
import org.warrantlab.simulation.PathExplanation;

/**
 * Randomised Sobol valuations against Black–Scholes and against pseudo-random ones. A Sobol standard error
 * comes from 16 randomisations, so an estimate's distance from the truth in standard errors is Student's t
 * with 15 degrees of freedom, whose tails are heavier than the normal's: a 5-standard-error bound fails
 * with a fresh seed about 1.6e-4 of the time, a 4-standard-error one 1.2e-3. The seeds are fixed, so every
 * run is identical.
 */
class SobolWarrantPricerTest {

  private static final Sampling SOBOL = Sampling.sobol(16);

  private static SimulationSettings sobol(long paths, long seed) {
    return Books.settings(paths, seed).withSampling(SOBOL);
  }

  /** Sobol settings without the control variate, which would make a plain tranche's value its closed form. */
  private static SimulationSettings uncontrolledSobol(long paths, long seed) {
    return Books.uncontrolled(paths, seed).withSampling(SOBOL);
  }

  @ParameterizedTest(name = "S={0} K={1} sigma={2} days={3} q={4}")
  @CsvSource({
      "1.32, 1.92, 0.80, 1454, 0.00",
      "1.32, 0.95, 0.80, 2411, 0.00",
      "10,   10,   0.20,  365, 0.00",
      "10,   10,   0.20,  365, 0.03",
      "10,   12,   0.40,  182, 0.00",
      "10,   8,    0.40,  182, 0.00",
      "10,   15,   0.60,  730, 0.02",
      "40,   60,   0.30, 1826, 0.00",
      "1.0,  1.5,  1.20, 1095, 0.00",
      "25,   40,   0.50,  100, 0.00",
      "100,  100,  0.25, 3650, 0.04"
  })
  void sobolAgreesWithBlackScholesWithinFiveStandardErrors(double spot, double strike, double volatility, int days,
      double dividendYield) {
    // 11 cases at 1.6e-4 each: about 2e-3 together with fresh seeds.
    MarketData market = Books.market(spot, volatility, 0.03, dividendYield);
    Warrant warrant = Books.europeanInDays("w", strike, days);
    TrancheValuation tranche = MonteCarloWarrantPricer.DEFAULT.value(Books.resolve(market, warrant), market,
        uncontrolledSobol(65_536, 3000L + days)).tranches().get(0);
    double closedForm = tranche.closedFormPerWarrant().orElseThrow();
    assertTrue(tranche.perWarrant().standardErrorsFrom(closedForm) < 5,
        () -> "Sobol " + tranche.perWarrant() + " vs Black-Scholes " + closedForm);
    assertEquals(15, tranche.perWarrant().degreesOfFreedom());
  }

  @Test
  void theNinetyFivePercentIntervalCoversTheTruthNinetyFivePercentOfTheTime() {
    // 400 seeds of an at-the-money one-year call, 16 randomisations of 512 points each. If the
    // interval (t quantile of 15 degrees of freedom) is honest, the count of intervals that cover the
    // Black–Scholes value is Binomial(400, 0.95), mean 380, standard deviation 4.4; 363 to 395 holds it
    // but for about 2e-4 of the time (1.4e-4 below, 5e-5 above).
    MarketData market = Books.market(10, 0.3, 0.03, 0);
    List<ResolvedWarrant> book = Books.resolve(market, Books.europeanInDays("w", 10, 365));
    double closedForm = ClosedFormWarrantPricer.DEFAULT.perWarrant(book.get(0), market).orElseThrow();
    int covered = 0;
    for (int seed = 1; seed <= 400; seed++) {
      Estimate estimate = MonteCarloWarrantPricer.DEFAULT.value(book, market,
          new SimulationSettings(8192, seed, true, false, 1).withSampling(SOBOL)).tranches().get(0).perWarrant();
      covered += estimate.lower95() <= closedForm && closedForm <= estimate.upper95() ? 1 : 0;
    }
    int coverage = covered;
    assertTrue(coverage >= 363 && coverage <= 395, () -> coverage + " of 400 intervals cover the truth");
  }

  @Test
  void theIntervalIsHonestOnAPathWithFinancingDrawsAndDailySteps() {
    // A plain warrant beside a financing that cannot change its value: the path has a financing draw and
    // about 70 daily steps through the Brownian bridge, and its value is Black–Scholes. No control variate
    // (it would be the payoff itself). 16 randomisations of 256 points; 200 seeds: coverage
    // Binomial(200, 0.95), mean 190, standard
    // deviation 3.1; 178 to 199 holds it but for about 2.4e-4 of the time (2e-4 below, 3.5e-5 above).
    MarketData market = Books.market(1.32, 0.8, 0.024, 0);
    List<ResolvedWarrant> book = Books.resolve(market, Books.europeanInDays("w", 1.42, 1000));
    List<Financing> irrelevant = List.of(new FinancingWindow(LocalDate.of(2010, 3, 1), LocalDate.of(2010, 5, 31),
        0.5, new FinancingTerms(FinancingSize.ofAmount(25_000_000), PriceRule.lesserOfCloseAndVwap(10), 0.06, false)));
    double closedForm = ClosedFormWarrantPricer.DEFAULT.perWarrant(book.get(0), market).orElseThrow();
    int covered = 0;
    for (int seed = 1; seed <= 200; seed++) {
      Estimate estimate = MonteCarloWarrantPricer.DEFAULT.value(book, irrelevant, market,
          new SimulationSettings(4096, seed, true, false, 2).withSampling(SOBOL)).tranches().get(0).perWarrant();
      covered += estimate.lower95() <= closedForm && closedForm <= estimate.upper95() ? 1 : 0;
    }
    int coverage = covered;
    assertTrue(coverage >= 178 && coverage <= 199, () -> coverage + " of 200 intervals cover the truth");
  }

  @Test
  void sobolStandardErrorIsFarBelowPseudoRandomAtTheSamePaths() {
    // A plain warrant is a one-dimensional integral of a smooth function once the terminal normal is
    // weighted: at 131,072 paths the Sobol standard error was about a million times smaller for this
    // one-year, 20%-volatility call and 3 to 4 million times for the four-year, 80%-volatility warrant.
    assertStandardErrorRatioAbove(Books.market(10, 0.2, 0.03, 0), Books.europeanInDays("w", 10, 365), 10_000);
    assertStandardErrorRatioAbove(Books.market(1.32, 0.8, 0.024, 0), Books.europeanInDays("w", 1.92, 1454), 10_000);
  }

  @Test
  void aResetWarrantAgreesWithPseudoRandomWithinTheirCombinedStandardErrors() {
    // Two independent estimates: their difference over the root sum of squared standard errors is close to
    // normal; 4 of them fail about 1e-4 of the time (a little more for the t tails of the Sobol one).
    MarketData market = Books.market(1.32, 0.8, 0.024, 0);
    List<ResolvedWarrant> book = Books.resolve(market, ratchet());
    List<Financing> monthly = monthlyWindows(12);
    Estimate pseudo = MonteCarloWarrantPricer.DEFAULT.value(book, monthly, market, Books.settings(131_072, 8))
        .tranches().get(0).perWarrant();
    Estimate sobol = MonteCarloWarrantPricer.DEFAULT.value(book, monthly, market, sobol(131_072, 8))
        .tranches().get(0).perWarrant();
    double combined = Math.hypot(pseudo.standardError(), sobol.standardError());
    assertTrue(Math.abs(pseudo.value() - sobol.value()) < 4 * combined,
        () -> "Sobol " + sobol + " vs pseudo " + pseudo);
    assertEquals(15, sobol.degreesOfFreedom());
  }

  @Test
  void aResetBookIsBitIdenticalOnOneTwoOrThreeThreads() {
    MarketData market = Books.market(1.32, 0.8, 0.024, 0);
    List<ResolvedWarrant> book = Books.resolve(market, ratchet(), Books.europeanInDays("plain", 1.42, 2411));
    SimulationSettings settings = new SimulationSettings(4 * 8192, 21, true, true, 1).withSampling(Sampling.sobol(4));
    BookValuation one = MonteCarloWarrantPricer.DEFAULT.value(book, monthlyWindows(3), market, settings);
    for (int threads : new int[] {2, 3}) {
      BookValuation many = MonteCarloWarrantPricer.DEFAULT.value(book, monthlyWindows(3), market,
          settings.withThreads(threads));
      assertEquals(one.total(), many.total());
      for (int i = 0; i < book.size(); i++) {
        assertEquals(one.tranches().get(i).perWarrant(), many.tranches().get(i).perWarrant());
      }
    }
  }

  @Test
  void greeksOnSobolPathsAgreeWithBlackScholes() {
    // Base value, bumped delta and pathwise vega of a plain tranche, within 5 standard errors plus the
    // bump's truncation error (below 1e-4 here), on the same randomised Sobol points in every scenario.
    MarketData market = Books.market(10, 0.3, 0.03, 0);
    List<ResolvedWarrant> book = Books.resolve(market, Books.europeanInDays("w", 11, 365));
    TrancheGreeks greeks = GreeksPricer.DEFAULT.greeks(book, List.of(), market, uncontrolledSobol(65_536, 4))
        .tranches().get(0);
    var exact = greeks.closedForm().orElseThrow();
    Estimate value = greeks.value();
    double closedForm = ClosedFormWarrantPricer.DEFAULT.perWarrant(book.get(0), market).orElseThrow();
    assertTrue(value.standardErrorsFrom(closedForm) < 5, () -> value + " vs " + closedForm);
    Estimate delta = greeks.bumped().delta();
    assertTrue(Math.abs(delta.value() - exact.delta().value()) < 5 * delta.standardError() + 1e-4,
        () -> delta + " vs " + exact.delta());
    Estimate vega = greeks.pathwise().orElseThrow().vega();
    assertTrue(vega.standardErrorsFrom(exact.vega().value()) < 5, () -> vega + " vs " + exact.vega());
  }

  @Test
  void explainReplaysASobolPath() {
    MarketData market = Books.market(1.32, 0.8, 0.024, 0);
    List<ResolvedWarrant> book = Books.resolve(market, ratchet());
    SimulationSettings settings = sobol(20_000, 9);
    PathExplanation explanation = MonteCarloWarrantPricer.DEFAULT.explain(book, monthlyWindows(2), market, settings,
        settings.simulatedPaths() - 1);
    assertEquals(1, explanation.discountedPayoffs().length);
    assertTrue(explanation.events().stream().anyMatch(event -> event instanceof PathEvent.SettlementEvent));
  }

  private static void assertStandardErrorRatioAbove(MarketData market, Warrant warrant, double ratio) {
    List<ResolvedWarrant> book = Books.resolve(market, warrant);
    double pseudo = MonteCarloWarrantPricer.DEFAULT.value(book, market, Books.uncontrolled(131_072, 5)).total()
        .standardError();
    double sobol = MonteCarloWarrantPricer.DEFAULT.value(book, market, uncontrolledSobol(131_072, 5)).total()
        .standardError();
    assertTrue(pseudo > ratio * sobol, () -> "pseudo " + pseudo + " vs Sobol " + sobol);
  }

  /** A 2008-09-like full-ratchet warrant: X 1.92, floor 0.50, shares adjust, to 2013-09-23. */
  static Warrant ratchet() {
    return new Warrant("ratchet", 6_445_698, 1.0, 1.92, LocalDate.of(2008, 9, 23), LocalDate.of(2013, 9, 23),
        ExerciseStyle.EUROPEAN, Dilution.NONE, new FullRatchet(new ResetLimits(0.5, true, Integer.MAX_VALUE,
            null, null)), List.of());
  }

  /**
   * {@code months} monthly windows from October 2009, each a 10% chance of a $25M round 6% below the lesser
   * of close and 10-day VWAP.
   */
  static List<Financing> monthlyWindows(int months) {
    List<Financing> windows = new ArrayList<>();
    for (int k = 0; k < months; k++) {
      LocalDate start = LocalDate.of(2009, 10, 1).plusMonths(k);
      windows.add(new FinancingWindow(start, start.plusMonths(1).minusDays(1), 0.1,
          new FinancingTerms(FinancingSize.ofAmount(25_000_000), PriceRule.lesserOfCloseAndVwap(10), 0.06, false)));
    }
    return windows;
  }
}
