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
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.montecarlo.Sampling;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.result.Estimate;

/**
 * A tranche's value does not depend on what else is in the book: examples/plain-warrant.json's tranche
 * (Capstone's 2008-09 warrants, spot 1.32, volatility 80%, 2.4%) valued alone and beside a full-ratchet
 * tranche facing a down round. Its payoff is its own control variate in either book, so both give its
 * Black–Scholes value.
 */
class PlainTrancheInAnyBookTest {

  private static final MarketData MARKET = new MarketData(LocalDate.of(2009, 9, 30), 1.32, 0.80,
      RiskFreeRate.continuous(0.024), 0.0, 196_109_428);
  private static final Warrant PLAIN = new Warrant("2008-09", 6_445_698, 1.0, 1.92, LocalDate.of(2008, 9, 23),
      LocalDate.of(2013, 9, 23), ExerciseStyle.EUROPEAN, Dilution.NONE);
  private static final List<Financing> DOWN_ROUND = List.of(new FinancingWindow(LocalDate.of(2010, 3, 1),
      LocalDate.of(2010, 3, 31), 0.5, new FinancingTerms(FinancingSize.ofAmount(25_000_000),
          PriceRule.lesserOfCloseAndVwap(10), 0.06, false)));
  private static final SimulationSettings SETTINGS = new SimulationSettings(200_000, 20091130, true, true, 2);
  private static final double BLACK_SCHOLES = 0.679942;

  @Test
  void aPlainTrancheIsWorthItsClosedFormAloneAndBesideAResetTranche() {
    assertSameAloneAndInABook(SETTINGS);
  }

  @Test
  void soItIsOnSobolPoints() {
    assertSameAloneAndInABook(SETTINGS.withSampling(Sampling.sobol(16)));
  }

  @Test
  void withoutTheControlVariateTheSimulationStaysAnHonestCheckOnTheClosedForm() {
    // 4 standard errors: a false failure about 6.3e-5 of the time with a fresh seed; the seed is fixed.
    SimulationSettings uncontrolled = new SimulationSettings(200_000, 20091130, true, false, 2);
    TrancheValuation alone = MonteCarloWarrantPricer.DEFAULT.value(List.of(resolve(PLAIN)), MARKET, uncontrolled)
        .tranches().get(0);
    Estimate simulated = alone.perWarrant();
    assertTrue(simulated.standardError() > 0.005, simulated::toString);
    assertTrue(simulated.standardErrorsFrom(alone.closedFormPerWarrant().orElseThrow()) < 4, simulated::toString);
  }

  private static void assertSameAloneAndInABook(SimulationSettings settings) {
    TrancheValuation alone = MonteCarloWarrantPricer.DEFAULT.value(List.of(resolve(PLAIN)), MARKET, settings)
        .tranches().get(0);
    TrancheValuation inBook = MonteCarloWarrantPricer.DEFAULT.value(
        List.of(resolve(SobolWarrantPricerTest.ratchet()), resolve(PLAIN)), DOWN_ROUND, MARKET, settings)
        .tranches().get(1);
    double closedForm = alone.closedFormPerWarrant().orElseThrow();
    assertEquals(BLACK_SCHOLES, closedForm, 5e-7);
    assertEquals(closedForm, inBook.closedFormPerWarrant().orElseThrow(), 0.0);
    assertEquals(closedForm, alone.perWarrant().value(), 1e-9);
    assertEquals(closedForm, inBook.perWarrant().value(), 1e-9);
    assertEquals(0.0, alone.perWarrant().standardError(), 1e-12);
    assertEquals(0.0, inBook.perWarrant().standardError(), 1e-12);
  }

  private static ResolvedWarrant resolve(Warrant warrant) {
    return ResolvedWarrant.resolve(warrant, MARKET);
  }
}
