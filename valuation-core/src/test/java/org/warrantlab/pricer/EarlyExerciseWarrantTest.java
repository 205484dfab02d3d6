package org.warrantlab.pricer;

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
import org.warrantlab.exercise.EarlyExerciseSettings;
import org.warrantlab.instrument.AntiDilution;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.FullRatchet;
import org.warrantlab.instrument.NoAntiDilution;
import org.warrantlab.instrument.ResetLimits;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.lattice.BinomialPricer;
import org.warrantlab.lattice.LatticeOption;
import org.warrantlab.lattice.OptionType;
import org.warrantlab.lattice.TreeParameterisation;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.TradingCalendar;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.process.GbmProcess;
import org.warrantlab.result.Estimate;
import org.warrantlab.simulation.ExerciseDates;

/**
 * Warrants exercisable early, valued through the warrant pricer. Statistical checks allow 3 or 4
 * standard errors as stated (false-failure rates about 1.3e-3 and 3e-5 one-sided for a fresh seed; the
 * seeds are fixed), plus, against a lattice, the Longstaff–Schwartz bias allowance of 0.5% of the value
 * measured in {@link LongstaffSchwartzPutTest}.
 */
class EarlyExerciseWarrantTest {

  private static final double BIAS_ALLOWANCE = 0.005;
  /** A quarter of the default calibration paths, so the suite stays fast; the grid test checks the defaults. */
  private static final SimulationSettings SETTINGS = Books.settings(100_000, 17)
      .withEarlyExercise(EarlyExerciseSettings.DEFAULT.withCalibrationPaths(131_072));

  private static Warrant warrant(String id, ExerciseStyle style, double strike, int days, AntiDilution clause,
      List<LocalDate> exerciseDates) {
    return new Warrant(id, 1_000_000, 1.0, strike, Books.VALUATION.minusYears(1), Books.VALUATION.plusDays(days),
        style, Dilution.NONE, clause, List.of(), exerciseDates);
  }

  private static Warrant plain(String id, ExerciseStyle style, double strike, int days) {
    return warrant(id, style, strike, days, NoAntiDilution.INSTANCE, List.of());
  }

  private static BookValuation value(MarketData market, List<Financing> financings, Warrant... warrants) {
    return MonteCarloWarrantPricer.DEFAULT.value(Books.resolve(market, warrants), financings, market, SETTINGS);
  }

  private static double[] exerciseTimes(Warrant warrant, MarketData market) {
    return ExerciseDates.of(warrant, market, SETTINGS.earlyExercise().datesPerYear()).dates().stream()
        .mapToDouble(market::yearFractionTo).toArray();
  }

  @Test
  void americanWarrantWithADividendYieldIsWorthMoreThanEuropeanAndMatchesTheLattice() {
    for (double spot : new double[] {36, 44, 52}) {
      MarketData market = Books.market(spot, 0.3, 0.06, 0.10);
      Warrant american = plain("a", ExerciseStyle.AMERICAN, 40, 730);
      Warrant european = plain("e", ExerciseStyle.EUROPEAN, 40, 730);
      BookValuation valuation = value(market, List.of(), american, european);
      Estimate estimate = valuation.tranches().get(0).perWarrant();
      double europeanValue = valuation.tranches().get(1).closedFormPerWarrant().getAsDouble();
      GbmProcess process = GbmProcess.of(market);
      double lattice = BinomialPricer.of(TreeParameterisation.COX_ROSS_RUBINSTEIN, 4000).price(
          LatticeOption.bermudan(OptionType.CALL, 40, 2.0, exerciseTimes(american, market)), process);
      assertTrue(estimate.value() - europeanValue > 4 * estimate.standardError(),
          () -> "S=" + spot + ": " + estimate + " vs European " + europeanValue);
      assertTrue(estimate.value() > lattice - 3 * estimate.standardError() - BIAS_ALLOWANCE * lattice
          && estimate.value() < lattice + 3 * estimate.standardError(),
          () -> "S=" + spot + ": " + estimate + " vs lattice " + lattice);
      ExerciseStatistics statistics = valuation.tranches().get(0).earlyExercise().orElseThrow();
      assertTrue(statistics.earlyExerciseProbability().value() > 0.1, statistics::toString);
      assertTrue(statistics.meanExerciseYears() < 2.0, statistics::toString);
    }
  }

  @Test
  void americanWarrantWithoutDividendsIsValuedExactlyAsEuropean() {
    MarketData market = Books.market(1.32, 0.8, 0.024, 0);
    BookValuation valuation = value(market, List.of(), plain("a", ExerciseStyle.AMERICAN, 1.42, 2411),
        plain("e", ExerciseStyle.EUROPEAN, 1.42, 2411));
    assertEquals(valuation.tranches().get(1).perWarrant(), valuation.tranches().get(0).perWarrant());
    assertTrue(valuation.tranches().get(0).earlyExercise().isEmpty());
  }

  @Test
  void resetWarrantPricedAmericanIsNeverWorthLessThanEuropean() {
    MarketData market = Books.market(1.32, 0.8, 0.024, 0.03);
    List<Financing> postMoney = List.of(new FinancingWindow(LocalDate.of(2010, 3, 1), LocalDate.of(2010, 3, 31), 0.7,
        new FinancingTerms(FinancingSize.ofAmount(60_000_000), PriceRule.lesserOfCloseAndVwap(10), 0.15, true)));
    AntiDilution ratchet = new FullRatchet(new ResetLimits(0.5, true, Integer.MAX_VALUE, null, null));
    for (double strike : new double[] {0.8, 1.3, 2.0}) {
      BookValuation valuation = value(market, postMoney,
          warrant("a", ExerciseStyle.AMERICAN, strike, 1454, ratchet, List.of()),
          warrant("e", ExerciseStyle.EUROPEAN, strike, 1454, ratchet, List.of()));
      Estimate american = valuation.tranches().get(0).perWarrant();
      Estimate european = valuation.tranches().get(1).perWarrant();
      double tolerance = 3 * Math.hypot(american.standardError(), european.standardError());
      assertTrue(american.value() >= european.value() - tolerance, () -> american + " vs " + european);
    }
  }

  /**
   * Without a dividend yield, a post-money financing is what makes early exercise pay: the duality bound
   * is measured there too (continuations without the control, which needs standing terms), and lies above
   * the European value, as any upper bound on the American value must (3 standard errors).
   */
  @Test
  void postMoneyFinancingWarrantHasAnUpperBoundAboveTheEuropeanValue() {
    MarketData market = Books.market(1.32, 0.8, 0.024, 0.0);
    List<Financing> postMoney = List.of(new FinancingWindow(LocalDate.of(2010, 3, 1), LocalDate.of(2010, 3, 31), 0.7,
        new FinancingTerms(FinancingSize.ofAmount(60_000_000), PriceRule.lesserOfCloseAndVwap(10), 0.15, true)));
    AntiDilution ratchet = new FullRatchet(new ResetLimits(0.5, true, Integer.MAX_VALUE, null, null));
    SimulationSettings settings = Books.settings(20_000, 17);
    BookValuation valuation = MonteCarloWarrantPricer.DEFAULT.value(Books.resolve(market,
        warrant("a", ExerciseStyle.AMERICAN, 1.3, 1454, ratchet, List.of()),
        warrant("e", ExerciseStyle.EUROPEAN, 1.3, 1454, ratchet, List.of())), postMoney, market, settings);
    ExerciseBounds bounds = valuation.tranches().get(0).earlyExercise().orElseThrow().bounds().orElseThrow();
    Estimate european = valuation.tranches().get(1).perWarrant();
    assertEquals(valuation.tranches().get(0).perWarrant(), bounds.lowerBound());
    assertTrue(bounds.dualityGap().standardError() > 0, bounds::toString);
    assertTrue(bounds.upperBound().value() > european.value()
        - 3 * Math.hypot(bounds.upperBound().standardError(), european.standardError()), () -> bounds + " vs " + european);
  }

  @Test
  void bermudanWarrantLiesBetweenEuropeanAndAmerican() {
    MarketData market = Books.market(44, 0.3, 0.06, 0.10);
    List<LocalDate> yearly = List.of(Books.VALUATION.plusDays(365));
    BookValuation valuation = value(market, List.of(),
        plain("e", ExerciseStyle.EUROPEAN, 40, 730),
        warrant("b", ExerciseStyle.BERMUDAN, 40, 730, NoAntiDilution.INSTANCE, yearly),
        plain("a", ExerciseStyle.AMERICAN, 40, 730));
    double european = valuation.tranches().get(0).perWarrant().value();
    Estimate bermudan = valuation.tranches().get(1).perWarrant();
    Estimate american = valuation.tranches().get(2).perWarrant();
    assertTrue(bermudan.value() > european + 4 * bermudan.standardError(), () -> bermudan + " vs " + european);
    assertTrue(american.value() > bermudan.value() + 4 * american.standardError(), () -> american + " vs " + bermudan);
    assertEquals(2, valuation.tranches().get(1).earlyExercise().orElseThrow().exerciseDates());
  }

  @Test
  void deepInTheMoneyWithAHighYieldIsExercisedOnTheValuationDate() {
    MarketData market = Books.market(100, 0.2, 0.0, 0.25);
    BookValuation valuation = value(market, List.of(), plain("a", ExerciseStyle.AMERICAN, 10, 730));
    TrancheValuation tranche = valuation.tranches().get(0);
    assertEquals(Estimate.exact(90).value(), tranche.perWarrant().value(), 0.0);
    assertEquals(0.0, tranche.perWarrant().standardError(), 0.0);
    assertEquals(1.0, tranche.earlyExercise().orElseThrow().earlyExerciseProbability().value(), 0.0);
    assertEquals(0.0, tranche.earlyExercise().orElseThrow().meanExerciseYears(), 0.0);
  }

  @Test
  void earlyExerciseValuesAreIdenticalOnOneThreadAndTwo() {
    MarketData market = Books.market(44, 0.3, 0.06, 0.10);
    List<ResolvedWarrant> book = Books.resolve(market,
        plain("a", ExerciseStyle.AMERICAN, 40, 730), plain("e", ExerciseStyle.EUROPEAN, 40, 365));
    SimulationSettings settings = Books.settings(30_000, 5);
    BookValuation single = MonteCarloWarrantPricer.DEFAULT.value(book, List.of(), market, settings.withThreads(1));
    BookValuation parallel = MonteCarloWarrantPricer.DEFAULT.value(book, List.of(), market, settings.withThreads(2));
    assertEquals(single.total(), parallel.total());
    assertEquals(single.tranches().get(0).earlyExercise(), parallel.tranches().get(0).earlyExercise());
  }

  @Test
  void exerciseDatesBeforeExpiryAreTradingDaysSoNoVwapLookBackGainsAWeekend() {
    MarketData market = Books.market(1.32, 0.8, 0.024, 0.03);
    Warrant american = plain("a", ExerciseStyle.AMERICAN, 1.0, 1454);
    Warrant bermudan = warrant("b", ExerciseStyle.BERMUDAN, 1.0, 1454, NoAntiDilution.INSTANCE,
        List.of(LocalDate.of(2010, 3, 6), LocalDate.of(2010, 3, 7), LocalDate.of(2011, 3, 5)));
    for (Warrant warrant : List.of(american, bermudan)) {
      List<LocalDate> dates = ExerciseDates.of(warrant, market, 50).dates();
      assertTrue(dates.subList(0, dates.size() - 1).stream().allMatch(TradingCalendar::isTradingDay), dates::toString);
      assertEquals(warrant.expiryDate(), dates.get(dates.size() - 1));
    }
    assertEquals(List.of(LocalDate.of(2010, 3, 5), LocalDate.of(2011, 3, 4), bermudan.expiryDate()),
        ExerciseDates.of(bermudan, market, 50).dates());
  }
}
