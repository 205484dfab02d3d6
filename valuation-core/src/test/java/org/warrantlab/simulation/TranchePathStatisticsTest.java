package org.warrantlab.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
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
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.montecarlo.Sampling;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.MonteCarloWarrantPricer;
import org.warrantlab.pricer.TrancheValuation;

/**
 * The shares of paths with a financing and with a reset, and the mean reset price: by pencil on a flat market
 * (as in {@link ResetScenarioTest}: spot 1.15, a round on 2010-03-15 at 20% below the close, P = 0.92), exactly
 * one half under antithetic mirrors for a window of probability 0.5, and the same bits on any thread count.
 */
class TranchePathStatisticsTest {

  private static final LocalDate VALUATION = LocalDate.of(2009, 9, 30);
  private static final LocalDate ROUND = LocalDate.of(2010, 3, 15);
  private static final MarketData FLAT = new MarketData(VALUATION, 1.15, 0.0, RiskFreeRate.continuous(0), 0, 1_000_000);
  private static final MarketData VOLATILE = new MarketData(VALUATION, 1.15, 0.8, RiskFreeRate.continuous(0.02), 0,
      1_000_000);

  private static Financing window(LocalDate start, LocalDate end, double probability) {
    return new FinancingWindow(start, end, probability,
        new FinancingTerms(FinancingSize.ofAmount(460_000), PriceRule.close(), 0.20, false));
  }

  private static Warrant ratchet(String id, double floor, LocalDate expiry) {
    return new Warrant(id, 500_000, 1.0, 1.20, VALUATION.minusYears(1), expiry, ExerciseStyle.EUROPEAN,
        Dilution.NONE, new FullRatchet(new ResetLimits(floor, false, Integer.MAX_VALUE, null, null)), List.of());
  }

  private static List<TrancheValuation> value(MarketData market, List<Warrant> book, Financing financing,
      SimulationSettings settings) {
    return MonteCarloWarrantPricer.DEFAULT.value(book.stream().map(w -> ResolvedWarrant.resolve(w, market)).toList(),
        List.of(financing), market, settings).tranches();
  }

  @Test
  void aCertainRoundBelowTheExercisePriceResetsEveryPathToTheIssuePrice() {
    List<TrancheValuation> tranches = value(FLAT, List.of(ratchet("reset", 0, LocalDate.of(2013, 9, 23)),
        ratchet("floored", 1.25, LocalDate.of(2013, 9, 23)), ratchet("expired", 0, LocalDate.of(2010, 1, 15))),
        window(ROUND, ROUND, 1.0), new SimulationSettings(64, 1, true, false, 1));
    TranchePathStatistics reset = tranches.get(0).pathStatistics().orElseThrow();
    assertEquals(1.0, reset.financingShare(), 0.0);
    assertEquals(1.0, reset.resetShare(), 0.0);
    assertEquals(0.92, reset.meanResetPrice().getAsDouble(), 1e-12);
    TranchePathStatistics floored = tranches.get(1).pathStatistics().orElseThrow();
    assertEquals(1.0, floored.financingShare(), 0.0);
    assertEquals(0.0, floored.resetShare(), 0.0, "a floor above X means no reset");
    assertEquals(OptionalDouble.empty(), floored.meanResetPrice());
    TranchePathStatistics expired = tranches.get(2).pathStatistics().orElseThrow();
    assertEquals(0.0, expired.financingShare(), 0.0, "the round comes after the tranche expired");
  }

  @Test
  void aWindowOfProbabilityOneHalfFinancesExactlyOnePathOfEachAntitheticPair() {
    TranchePathStatistics statistics = value(VOLATILE, List.of(ratchet("w", 0, LocalDate.of(2013, 9, 23))),
        window(ROUND, ROUND.plusDays(30), 0.5), new SimulationSettings(20_000, 7, true, true, 2)).get(0)
        .pathStatistics().orElseThrow();
    assertEquals(0.5, statistics.financingShare(), 0.0);
    assertTrue(statistics.resetShare() > 0 && statistics.resetShare() <= 0.5, "a reset needs a round below X");
    assertTrue(statistics.meanResetPrice().getAsDouble() < 1.20, "a reset only lowers X");
  }

  @Test
  void theStatisticsAreTheSameBitsOnAnyThreadCountPseudoRandomOrSobol() {
    List<Warrant> book = List.of(ratchet("a", 0, LocalDate.of(2013, 9, 23)), ratchet("b", 0.5, LocalDate.of(2011, 9,
        23)));
    Financing financing = window(ROUND, ROUND.plusDays(60), 0.6);
    for (SimulationSettings settings : List.of(new SimulationSettings(50_000, 11, true, true, 1),
        new SimulationSettings(50_000, 11, true, true, 1).withSampling(Sampling.sobol(8)))) {
      List<TrancheValuation> one = value(VOLATILE, book, financing, settings);
      for (int threads : new int[] {2, 3}) {
        List<TrancheValuation> many = value(VOLATILE, book, financing, settings.withThreads(threads));
        for (int j = 0; j < book.size(); j++) {
          assertEquals(one.get(j).pathStatistics(), many.get(j).pathStatistics(), threads + " threads");
        }
      }
    }
  }
}
