package org.warrantlab.pricer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warrantlab.pricer.Books.VALUATION;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.result.Estimate;

/**
 * Monte Carlo against Black–Scholes, without the control variate (which would return the closed form).
 * Each statistical assertion allows 4 standard errors: with a fresh seed it would fail about 6.3e-5 of
 * the time (two-sided normal tail), so the 16 grid cases together about 1e-3; the fixed seeds make every
 * run identical.
 */
class MonteCarloWarrantPricerTest {

  private static final double TOLERANCE_IN_STANDARD_ERRORS = 4.0;

  @ParameterizedTest(name = "S={0} K={1} sigma={2} days={3} q={4}")
  @CsvSource({
      "1.32, 1.92, 0.80, 1454, 0.00",
      "1.32, 0.95, 0.80, 2411, 0.00",
      "10,   10,   0.20,  365, 0.00",
      "10,   10,   0.20,  365, 0.03",
      "10,   12,   0.40,  182, 0.00",
      "10,   8,    0.40,  182, 0.00",
      "10,   15,   0.60,  730, 0.02",
      "10,   5,    0.30,  730, 0.00",
      "40,   60,   0.30, 1826, 0.00",
      "40,   30,   1.00, 1826, 0.00",
      "1.0,  1.5,  1.20, 1095, 0.00",
      "1.0,  0.5,  0.10,   30, 0.00",
      "25,   25,   0.05,   10, 0.00",
      "25,   40,   0.50,  100, 0.00",
      "2.5,  1.26, 0.70, 1826, 0.01",
      "100,  100,  0.25, 3650, 0.04"
  })
  void monteCarloAgreesWithBlackScholes(double spot, double strike, double volatility, int days,
      double dividendYield) {
    MarketData market = Books.market(spot, volatility, 0.03, dividendYield);
    Warrant warrant = Books.europeanInDays("w", strike, days);
    long seed = 1000L + days + Math.round(strike * 100);
    BookValuation valuation = MonteCarloWarrantPricer.DEFAULT.value(
        Books.resolve(market, warrant), market, Books.uncontrolled(200_000, seed));
    TrancheValuation tranche = valuation.tranches().get(0);
    double closedForm = tranche.closedFormPerWarrant().orElseThrow();
    assertTrue(tranche.perWarrant().standardErrorsFrom(closedForm) < TOLERANCE_IN_STANDARD_ERRORS,
        () -> "MC " + tranche.perWarrant() + " vs Black-Scholes " + closedForm);
  }

  @Test
  void hullsDilutedWarrantIsWorth587() {
    // Hull: 1,000,000 shares at $40, 200,000 warrants, K=60, T=5, r=3%, sigma=30%: warrant 5.87.
    MarketData market = new MarketData(VALUATION, 40, 0.30, RiskFreeRate.continuous(0.03), 0, 1_000_000);
    Warrant warrant = new Warrant("hull", 200_000, 1, 60, VALUATION, VALUATION.plusDays(1825),
        ExerciseStyle.EUROPEAN, Dilution.SHARE_COUNT);
    BookValuation valuation = MonteCarloWarrantPricer.DEFAULT.value(
        Books.resolve(market, warrant), market, Books.uncontrolled(400_000, 2024));
    TrancheValuation tranche = valuation.tranches().get(0);
    double closedForm = tranche.closedFormPerWarrant().orElseThrow();
    assertEquals(5.87, closedForm, 0.005);
    assertEquals(1_000_000.0 / 1_200_000.0, tranche.warrant().dilutionFactor(), 1e-15);
    assertTrue(tranche.perWarrant().standardErrorsFrom(closedForm) < TOLERANCE_IN_STANDARD_ERRORS,
        () -> "MC " + tranche.perWarrant() + " vs " + closedForm);
  }

  @Test
  void resultIsBitIdenticalOnOneThreadOrMany() {
    MarketData market = Books.market(1.32, 0.8, 0.024, 0);
    List<ResolvedWarrant> book = Books.resolve(market,
        Books.europeanInDays("a", 1.92, 1454), Books.europeanInDays("b", 1.42, 2411));
    SimulationSettings oneThread = new SimulationSettings(50_001, 99, true, true, 1);
    BookValuation single = MonteCarloWarrantPricer.DEFAULT.value(book, market, oneThread);
    for (int threads : new int[] {2, 3, 16}) {
      BookValuation parallel = MonteCarloWarrantPricer.DEFAULT.value(book, market, oneThread.withThreads(threads));
      assertEquals(single.total(), parallel.total());
      for (int i = 0; i < book.size(); i++) {
        assertEquals(single.tranches().get(i).perWarrant(), parallel.tranches().get(i).perWarrant());
      }
    }
  }

  @Test
  void trancheTotalsAddUpToTheBookTotal() {
    MarketData market = Books.market(1.32, 0.8, 0.024, 0);
    List<ResolvedWarrant> book = Books.resolve(market, Books.europeanInDays("a", 1.92, 1454),
        Books.europeanInDays("b", 1.42, 2411), Books.europeanInDays("c", 1.0, 0));
    BookValuation valuation = MonteCarloWarrantPricer.DEFAULT.value(book, market, Books.settings(20_000, 5));
    double sum = valuation.tranches().stream().mapToDouble(t -> t.fairValue().value()).sum();
    assertEquals(sum, valuation.total().value(), 1e-9 * sum);
    double sumOfStandardErrors = valuation.tranches().stream().mapToDouble(t -> t.fairValue().standardError()).sum();
    assertTrue(valuation.total().standardError() <= sumOfStandardErrors * (1 + 1e-12));
  }

  @Test
  void zeroVolatilityGivesTheDiscountedForwardIntrinsicValue() {
    MarketData market = Books.market(10, 0, 0.05, 0.01);
    Warrant warrant = Books.europeanInDays("w", 9, 730);
    Estimate value = MonteCarloWarrantPricer.DEFAULT.value(Books.resolve(market, warrant), market,
        Books.settings(1_000, 1)).tranches().get(0).perWarrant();
    double years = 730 / 365.0;
    double expected = Math.exp(-0.05 * years) * (10 * Math.exp((0.05 - 0.01) * years) - 9);
    assertEquals(expected, value.value(), 1e-12);
    assertEquals(0.0, value.standardError(), 1e-15);
  }

  @Test
  void aWarrantExpiringOnTheValuationDateIsWorthItsIntrinsicValue() {
    MarketData market = Books.market(1.32, 0.8, 0.024, 0);
    List<ResolvedWarrant> book = Books.resolve(market, Books.european("in", 1.17, VALUATION),
        Books.european("out", 1.92, VALUATION));
    BookValuation valuation = MonteCarloWarrantPricer.DEFAULT.value(book, market, Books.settings(1_000, 1));
    assertEquals(1.32 - 1.17, valuation.tranches().get(0).perWarrant().value(), 1e-15);
    assertEquals(0.0, valuation.tranches().get(1).perWarrant().value(), 0.0);
    assertEquals(0.0, valuation.tranches().get(0).perWarrant().standardError(), 0.0);
  }

  @Test
  void antitheticPairsLowerTheStandardErrorOfAMonotonePayoff() {
    MarketData market = Books.market(10, 0.3, 0.03, 0);
    List<ResolvedWarrant> book = Books.resolve(market, Books.europeanInDays("w", 9, 365));
    SimulationSettings plain = new SimulationSettings(100_000, 3, false, false, 2);
    SimulationSettings antithetic = new SimulationSettings(100_000, 3, true, false, 2);
    double plainError = MonteCarloWarrantPricer.DEFAULT.value(book, market, plain).total().standardError();
    double antitheticError = MonteCarloWarrantPricer.DEFAULT.value(book, market, antithetic).total().standardError();
    assertTrue(antitheticError < 0.8 * plainError, () -> antitheticError + " vs " + plainError);
  }

  @Test
  void americanWarrantWithoutDividendsIsWorthTheEuropeanValue() {
    MarketData market = Books.market(1.32, 0.8, 0.024, 0);
    Warrant european = Books.europeanInDays("e", 1.42, 2411);
    Warrant american = new Warrant("a", european.count(), 1, 1.42, european.issueDate(), european.expiryDate(),
        ExerciseStyle.AMERICAN, Dilution.NONE);
    BookValuation valuation = MonteCarloWarrantPricer.DEFAULT.value(
        Books.resolve(market, european, american), market, Books.settings(10_000, 8));
    assertEquals(valuation.tranches().get(0).perWarrant(), valuation.tranches().get(1).perWarrant());
    assertEquals(valuation.tranches().get(0).closedFormPerWarrant(), valuation.tranches().get(1).closedFormPerWarrant());
  }

  @Test
  void dilutionScalesTheWarrantByTheShareCountRatio() {
    MarketData market = Books.market(1.32, 0.8, 0.024, 0);
    Warrant plain = Books.europeanInDays("p", 1.92, 1454);
    Warrant diluted = new Warrant("d", plain.count(), 1, 1.92, plain.issueDate(), plain.expiryDate(),
        ExerciseStyle.EUROPEAN, Dilution.SHARE_COUNT);
    BookValuation valuation = MonteCarloWarrantPricer.DEFAULT.value(
        Books.resolve(market, plain, diluted), market, Books.settings(10_000, 8));
    double factor = 100_000_000.0 / 101_000_000.0;
    assertEquals(valuation.tranches().get(0).perWarrant().value() * factor,
        valuation.tranches().get(1).perWarrant().value(), 1e-14);
  }
}
