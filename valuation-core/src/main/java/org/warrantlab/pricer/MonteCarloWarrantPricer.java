package org.warrantlab.pricer;

import java.util.ArrayList;
import java.util.List;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.process.GbmProcess;
import org.warrantlab.result.Estimate;

/**
 * Values a book of warrant tranches by Monte Carlo on common paths, with the closed form beside each
 * tranche that has one.
 */
public final class MonteCarloWarrantPricer {

  public static final MonteCarloWarrantPricer DEFAULT = new MonteCarloWarrantPricer();

  private MonteCarloWarrantPricer() {
  }

  public BookValuation value(List<ResolvedWarrant> book, MarketData market, SimulationSettings settings) {
    if (book.isEmpty()) {
      throw new IllegalArgumentException("the book has no warrants");
    }
    PathPayoff payoff = new EuropeanWarrantPayoff(book, GbmProcess.of(market));
    double[] counts = book.stream().mapToDouble(w -> w.warrant().count()).toArray();
    SimulationResult result = MonteCarloEngine.DEFAULT.run(payoff, counts, settings);
    List<TrancheValuation> tranches = new ArrayList<>(book.size());
    for (int i = 0; i < book.size(); i++) {
      ResolvedWarrant warrant = book.get(i);
      Estimate perWarrant = result.outputs().get(i);
      tranches.add(new TrancheValuation(warrant, perWarrant, perWarrant.times(counts[i]),
          ClosedFormWarrantPricer.DEFAULT.perWarrant(warrant, market)));
    }
    return new BookValuation(market, settings, tranches, result.total(), result.simulatedPaths());
  }
}
