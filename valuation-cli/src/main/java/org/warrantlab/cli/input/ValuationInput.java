package org.warrantlab.cli.input;

import java.util.List;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.pricer.SimulationSettings;

/**
 * A validated {@code value} input: the market, the book resolved against the valuation date, and the
 * simulation settings as the file gives them.
 */
public record ValuationInput(MarketData market, List<ResolvedWarrant> book, SimulationSettings simulation) {

  public ValuationInput {
    book = List.copyOf(book);
  }
}
