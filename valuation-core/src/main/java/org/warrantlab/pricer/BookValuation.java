package org.warrantlab.pricer;

import java.util.List;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.result.Estimate;

/**
 * The fair value of a book of warrant tranches on one valuation date.
 *
 * @param market the market inputs used
 * @param settings the simulation settings used
 * @param tranches one valuation per tranche, in input order
 * @param total fair value of all tranches; its standard error accounts for the tranches sharing paths
 * @param simulatedPaths price paths simulated
 */
public record BookValuation(
    MarketData market, SimulationSettings settings, List<TrancheValuation> tranches, Estimate total,
    long simulatedPaths) {

  public BookValuation {
    tranches = List.copyOf(tranches);
  }
}
