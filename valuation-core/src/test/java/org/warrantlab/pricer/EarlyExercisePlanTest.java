package org.warrantlab.pricer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warrantlab.event.CorporateEvents;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.NoAntiDilution;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.BlockedRun;
import org.warrantlab.montecarlo.SimulationPlan;
import org.warrantlab.montecarlo.SimulationSettings;

/** An early exercise's plan: one blocked run per policy batch, whose blocks merge into the local value bit for bit. */
class EarlyExercisePlanTest {

  private static final SimulationSettings SETTINGS = Books.settings(20_000, 23);

  @Test
  void blocksSimulatedInAnyOrderMergeIntoTheValueWithItsBounds() {
    MarketData market = Books.market(44, 0.3, 0.06, 0.10);
    List<ResolvedWarrant> book = Books.resolve(market, new Warrant("a", 1_000_000, 1.0, 40,
        Books.VALUATION.minusYears(1), Books.VALUATION.plusDays(730), ExerciseStyle.AMERICAN, Dilution.NONE,
        NoAntiDilution.INSTANCE, List.of(), List.of()));
    SimulationPlan<BookValuation> plan = MonteCarloWarrantPricer.DEFAULT.plan(book, List.of(), CorporateEvents.NONE,
        market, SETTINGS);
    assertEquals(SETTINGS.earlyExercise().calibrations(), plan.runs().size());
    List<List<double[]>> statistics = new ArrayList<>();
    for (BlockedRun run : plan.runs()) {
      double[][] byBlock = new double[run.blocks()][];
      List<Integer> order = new ArrayList<>();
      for (int block = 0; block < run.blocks(); block++) {
        order.add(block);
      }
      Collections.reverse(order);
      order.forEach(block -> byBlock[block] = run.blockStatistics(block));
      statistics.add(List.of(byBlock));
    }
    TrancheValuation merged = plan.merge(statistics).tranches().get(0);
    TrancheValuation local = MonteCarloWarrantPricer.DEFAULT.value(book, market, SETTINGS).tranches().get(0);
    assertEquals(local.perWarrant(), merged.perWarrant());
    assertEquals(local.earlyExercise(), merged.earlyExercise());
    assertTrue(merged.earlyExercise().orElseThrow().bounds().isPresent(), "the duality bound is attached");
  }
}
