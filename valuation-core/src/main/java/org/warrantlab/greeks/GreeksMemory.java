package org.warrantlab.greeks;

import java.util.List;
import org.warrantlab.event.Financing;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.scenario.ValuationInputs;
import org.warrantlab.simulation.MemoryEstimate;

/** The memory of {@link GreeksPricer#greeks}: every scenario's payoff simulated together on the same paths. */
public final class GreeksMemory {

  private GreeksMemory() {
  }

  /** The bound for the Greeks of {@code book} with {@code settings}, sized by the scenarios they revalue. */
  public static MemoryEstimate of(List<Warrant> book, List<Financing> financings, MarketData market,
      SimulationSettings settings) {
    GreekScenarios scenarios = new GreekScenarios(new ValuationInputs(market, book, financings, settings),
        Bumps.DEFAULT);
    long outputs = (long) scenarios.combinations().size() * (book.size() + 1);
    return MemoryEstimate.ofScenarios(book, financings, market, settings, scenarios.scenarios().size(), outputs);
  }
}
