package org.warrantlab.greeks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warrantlab.pricer.Books.VALUATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.check.Location;
import org.warrantlab.closedform.BlackScholes;
import org.warrantlab.event.Financing;
import org.warrantlab.event.FinancingSize;
import org.warrantlab.event.FinancingTerms;
import org.warrantlab.event.FinancingWindow;
import org.warrantlab.event.PriceRule;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.FullRatchet;
import org.warrantlab.instrument.ResetLimits;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.Books;
import org.warrantlab.pricer.MonteCarloWarrantPricer;
import org.warrantlab.result.Estimate;
import org.warrantlab.result.Greeks;
import org.warrantlab.result.PathwiseGreeks;

/**
 * Bump-and-revalue and pathwise Greeks of plain warrants against Black–Scholes.
 *
 * <p>The expectation of a bumped Greek is the same finite difference of the Black–Scholes price, not its
 * derivative; so each bumped Greek must lie within 4 standard errors of the closed-form Greek plus the
 * finite difference's own truncation error, computed from the formula (and itself required to be below
 * 1% of the Greek, so that the bumps are sensible). A pathwise Greek is unbiased: 4 standard errors. A
 * 4-SE bound fails 6.3e-5 of the time with a fresh seed, so the 6 cases × 7 checks together fail about
 * 3e-3 of the time; the seeds are fixed, so every run is the same. 100,000 paths (50,000 antithetic
 * pairs) per case: standard errors of 0.07–1.3% of delta and 2–6% of gamma.
 */
class GreeksPricerTest {

  private static final double TOLERANCE_IN_STANDARD_ERRORS = 4.0;
  private static final double RATE = 0.03;
  private static final Bumps BUMPS = Bumps.DEFAULT;

  @ParameterizedTest(name = "S={0} K={1} sigma={2} days={3} q={4}")
  @CsvSource({
      "10,   10,   0.20,  365, 0.00",
      "10,   12,   0.40,  182, 0.02",
      "10,   8,    0.40,  182, 0.00",
      "1.32, 1.92, 0.80, 1454, 0.00",
      "40,   60,   0.30, 1826, 0.00",
      "100,  100,  0.25, 3650, 0.04"
  })
  void greeksOfPlainWarrantsMatchBlackScholes(double spot, double strike, double volatility, int days,
      double dividendYield) {
    MarketData market = Books.market(spot, volatility, RATE, dividendYield);
    Warrant warrant = Books.europeanInDays("w", strike, days);
    List<ResolvedWarrant> book = Books.resolve(market, warrant);
    TrancheGreeks greeks = GreeksPricer.DEFAULT.greeks(book, List.of(), market,
        Books.uncontrolled(100_000, 7000L + days)).tranches().get(0);
    Greeks exact = greeks.closedForm().orElseThrow();
    Greeks differences = finiteDifferencesOfBlackScholes(spot, strike, days / 365.0, dividendYield, volatility);

    check("delta", greeks.bumped(), exact, differences, Greeks::delta);
    check("gamma", greeks.bumped(), exact, differences, Greeks::gamma);
    check("vega", greeks.bumped(), exact, differences, Greeks::vega);
    check("rho", greeks.bumped(), exact, differences, Greeks::rho);
    check("theta", greeks.bumped(), exact, differences, g -> g.theta().orElseThrow());
    assertWithin("pathwise delta", greeks.pathwise().orElseThrow().delta(), exact.delta().value(), 0);
    assertWithin("pathwise vega", greeks.pathwise().orElseThrow().vega(), exact.vega().value(), 0);
  }

  /**
   * With the control variate, a plain tranche's payoff is its own control in every bumped scenario, so
   * each bumped Greek is the closed form's finite difference, with no sampling error.
   */
  @Test
  void withTheControlVariateAPlainTranchesBumpedGreeksAreTheClosedFormsFiniteDifferences() {
    MarketData market = Books.market(1.32, 0.80, RATE, 0);
    List<ResolvedWarrant> book = Books.resolve(market, Books.europeanInDays("w", 1.92, 1454));
    TrancheGreeks greeks = GreeksPricer.DEFAULT.greeks(book, List.of(), market, Books.settings(20_000, 8))
        .tranches().get(0);
    Greeks differences = finiteDifferencesOfBlackScholes(1.32, 1.92, 1454 / 365.0, 0, 0.80);
    List<Function<Greeks, Estimate>> all = List.of(Greeks::delta, Greeks::gamma, Greeks::vega, Greeks::rho,
        g -> g.theta().orElseThrow());
    for (Function<Greeks, Estimate> greek : all) {
      Estimate bumped = greek.apply(greeks.bumped());
      double expected = greek.apply(differences).value();
      assertEquals(expected, bumped.value(), 1e-9 * Math.abs(expected), bumped::toString);
      assertEquals(0.0, bumped.standardError(), 1e-12, bumped::toString);
    }
    assertEquals(greeks.closedForm().orElseThrow().delta().value(), greeks.pathwise().orElseThrow().delta().value(),
        TOLERANCE_IN_STANDARD_ERRORS * greeks.pathwise().orElseThrow().delta().standardError(),
        "the pathwise Greeks stay a simulation: the check on the closed form");
  }

  /**
   * Bumped and pathwise delta and vega of each tranche of a mixed book agree. They are estimated on the
   * same paths, so their difference has a standard error below sqrt(se1² + se2²): 4 of those (plus the
   * bump's truncation error) fail less often than 6.3e-5 per check.
   */
  @Test
  void bumpedAndPathwiseDeltaAndVegaAgree() {
    MarketData market = Books.market(1.32, 0.80, 0.024, 0);
    Warrant diluting = new Warrant("diluting", 20_000_000, 1.5, 1.42, VALUATION.minusYears(1),
        VALUATION.plusDays(2411), ExerciseStyle.EUROPEAN, Dilution.SHARE_COUNT);
    List<ResolvedWarrant> book = Books.resolve(market, Books.europeanInDays("short", 1.30, 845),
        Books.europeanInDays("long", 1.92, 1454), diluting);
    BookGreeks greeks = GreeksPricer.DEFAULT.greeks(book, List.of(), market, Books.settings(100_000, 31));
    for (TrancheGreeks tranche : greeks.tranches()) {
      Greeks exact = tranche.closedForm().orElseThrow();
      PathwiseGreeks pathwise = tranche.pathwise().orElseThrow();
      assertAgree("delta", tranche.bumped().delta(), pathwise.delta(), 0.01 * exact.delta().value());
      assertAgree("vega", tranche.bumped().vega(), pathwise.vega(), 0.01 * exact.vega().value());
    }
  }

  /**
   * Without control variates the book's figures are exactly the count-weighted sums of the tranches'
   * (with them, each figure has its own control coefficient, and they agree within standard errors).
   */
  @Test
  void theBaseScenarioIsTheValuationBitForBitAndTheBookSumsItsTranches() {
    MarketData market = Books.market(1.32, 0.80, 0.024, 0);
    List<ResolvedWarrant> book = Books.resolve(market, ratchet(), Books.europeanInDays("plain", 1.42, 2411));
    SimulationSettings settings = new SimulationSettings(20_000, 11, true, false, 2);
    BookGreeks greeks = GreeksPricer.DEFAULT.greeks(book, ROUNDS, market, settings);
    BookValuation valuation = MonteCarloWarrantPricer.DEFAULT.value(book, ROUNDS, market, settings);
    double delta = 0;
    for (int i = 0; i < book.size(); i++) {
      assertEquals(valuation.tranches().get(i).perWarrant(), greeks.tranches().get(i).value());
      delta += book.get(i).warrant().count() * greeks.tranches().get(i).bumped().delta().value();
    }
    assertEquals(valuation.total().value(), greeks.totalValue().value(), 1e-9 * valuation.total().value());
    assertEquals(delta, greeks.total().delta().value(), 1e-9 * Math.abs(delta));
  }

  /**
   * A full-ratchet tranche facing down rounds: delta and vega are positive by more than 4 standard
   * errors, and there is no pathwise or closed-form figure, since its terms can reset.
   */
  @Test
  void aResetTrancheHasBumpedGreeksOnly() {
    MarketData market = Books.market(1.32, 0.80, 0.024, 0);
    TrancheGreeks greeks = GreeksPricer.DEFAULT.greeks(Books.resolve(market, ratchet()), ROUNDS, market,
        Books.settings(20_000, 12)).tranches().get(0);
    assertTrue(greeks.bumped().delta().value() > TOLERANCE_IN_STANDARD_ERRORS * greeks.bumped().delta().standardError());
    assertTrue(greeks.bumped().vega().value() > TOLERANCE_IN_STANDARD_ERRORS * greeks.bumped().vega().standardError());
    assertTrue(greeks.bumped().theta().isPresent());
    assertTrue(greeks.pathwise().isEmpty());
    assertTrue(greeks.closedForm().isEmpty());
  }

  @Test
  void greeksAreBitIdenticalOnOneThreadOrThree() {
    MarketData market = Books.market(1.32, 0.80, 0.024, 0);
    List<ResolvedWarrant> book = Books.resolve(market, ratchet(), Books.europeanInDays("plain", 1.42, 2411));
    SimulationSettings oneThread = new SimulationSettings(20_001, 13, true, true, 1);
    BookGreeks single = GreeksPricer.DEFAULT.greeks(book, ROUNDS, market, oneThread);
    BookGreeks parallel = GreeksPricer.DEFAULT.greeks(book, ROUNDS, market, oneThread.withThreads(3));
    assertEquals(single.tranches(), parallel.tranches());
    assertEquals(single.total(), parallel.total());
  }

  @Test
  void thetaIsUnavailableWhenATrancheExpiresOnTheValuationDate() {
    MarketData market = Books.market(10, 0.2, 0.03, 0);
    List<ResolvedWarrant> book = Books.resolve(market, Books.europeanInDays("today", 9, 0),
        Books.europeanInDays("later", 10, 365));
    BookGreeks greeks = GreeksPricer.DEFAULT.greeks(book, List.of(), market, Books.settings(2_000, 14));
    assertTrue(greeks.thetaUnavailable().orElseThrow().contains("today"), greeks.thetaUnavailable()::get);
    assertTrue(greeks.tranches().get(1).bumped().theta().isEmpty());
    assertTrue(greeks.total().theta().isEmpty());
    assertEquals(1.0, greeks.tranches().get(0).value().value(), 1e-12, "an expiring warrant is worth its intrinsic value");
    assertEquals(1.0, greeks.tranches().get(0).bumped().delta().value(), 1e-12);
    assertTrue(greeks.tranches().get(0).closedForm().isEmpty());
  }

  private static final List<Financing> ROUNDS = List.of(new FinancingWindow(LocalDate.of(2010, 3, 1),
      LocalDate.of(2010, 3, 31), 0.5, new FinancingTerms(FinancingSize.ofAmount(25_000_000),
          PriceRule.lesserOfCloseAndVwap(10), 0.06, false)));

  private static Warrant ratchet() {
    return new Warrant("ratchet", 6_445_698, 1.0, 1.92, LocalDate.of(2008, 9, 23), LocalDate.of(2013, 9, 23),
        ExerciseStyle.EUROPEAN, Dilution.NONE, new FullRatchet(new ResetLimits(0.5, true, Integer.MAX_VALUE,
            null, null)), List.of());
  }

  private static void assertAgree(String name, Estimate bumped, Estimate pathwise, double bias) {
    double bound = TOLERANCE_IN_STANDARD_ERRORS * Math.hypot(bumped.standardError(), pathwise.standardError()) + bias;
    assertTrue(Math.abs(bumped.value() - pathwise.value()) <= bound,
        () -> name + ": bumped " + bumped + " vs pathwise " + pathwise + ", bound " + bound);
  }

  private static void check(String name, Greeks bumped, Greeks exact, Greeks differences,
      Function<Greeks, Estimate> greek) {
    double truncation = Math.abs(greek.apply(differences).value() - greek.apply(exact).value());
    assertTrue(truncation < 0.01 * Math.abs(greek.apply(exact).value()),
        () -> name + ": the bump's truncation error " + truncation + " is large beside " + greek.apply(exact));
    assertWithin(name, greek.apply(bumped), greek.apply(exact).value(), truncation);
  }

  private static void assertWithin(String name, Estimate estimate, double reference, double bias) {
    double bound = TOLERANCE_IN_STANDARD_ERRORS * estimate.standardError() + bias;
    assertTrue(Math.abs(estimate.value() - reference) <= bound,
        () -> name + ": Monte Carlo " + estimate + " vs Black-Scholes " + reference + ", bound " + bound);
  }

  /** The finite differences {@link GreekScenarios} takes, applied to the Black–Scholes price. */
  private static Greeks finiteDifferencesOfBlackScholes(double spot, double strike, double years,
      double dividendYield, double volatility) {
    Price price = (s, t, r, v) -> BlackScholes.callPrice(s, strike, t, r, dividendYield, v);
    double h = BUMPS.spotFraction() * spot;
    double v = BUMPS.volatility();
    double r = BUMPS.rate();
    double dt = BUMPS.years();
    double mid = price.of(spot, years, RATE, volatility);
    double up = price.of(spot + h, years, RATE, volatility);
    double down = price.of(spot - h, years, RATE, volatility);
    double vega = volatility >= v
        ? (price.of(spot, years, RATE, volatility + v) - price.of(spot, years, RATE, volatility - v)) / (2 * v)
        : (price.of(spot, years, RATE, volatility + v) - mid) / v;
    return new Greeks(Estimate.exact((up - down) / (2 * h)), Estimate.exact((up - 2 * mid + down) / (h * h)),
        Estimate.exact(vega),
        Estimate.exact((price.of(spot, years, RATE + r, volatility) - price.of(spot, years, RATE - r, volatility)) / (2 * r)),
        Optional.of(Estimate.exact((price.of(spot, years - dt, RATE, volatility) - mid) / dt)));
  }

  @FunctionalInterface
  private interface Price {
    double of(double spot, double years, double rate, double volatility);
  }

  @Test
  void greeksOfAWarrantWhoseEarlyExerciseCanPayAreRefusedNotTakenFromTheEuropeanPayoff() {
    MarketData paying = Books.market(44, 0.3, 0.06, 0.10);
    Warrant european = Books.europeanInDays("e", 40, 730);
    Warrant american = new Warrant("a", 1_000_000, 1.0, 40, european.issueDate(), european.expiryDate(),
        ExerciseStyle.AMERICAN, Dilution.NONE);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> GreeksPricer.DEFAULT.greeks(
        Books.resolve(paying, european, american), List.of(), paying, Books.settings(2_000, 1)));
    assertEquals(Location.tranche(1).field(GreeksPricer.EXERCISE_STYLE), e.location());
    assertTrue(e.problem().startsWith("AMERICAN with a dividend yield"), e.problem());
    assertFalse(e.getMessage().contains("tornado"), "the core names no command: " + e.getMessage());
  }
}
