package org.warrantlab.cli.input;

import java.util.List;
import java.util.Objects;
import org.warrantlab.event.Financing;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationSettings;

/**
 * A validated {@code value} input: the market, the book resolved against the valuation date, the
 * financing assumptions, the simulation settings as the file gives them, and the preparer's notes
 * (sources and assumptions) and reporting entity, which are echoed but never read by the valuation.
 */
public record ValuationInput(MarketData market, List<ResolvedWarrant> book, List<Financing> financings,
    SimulationSettings simulation, List<String> notes, ReportingEntity entity) {

  public ValuationInput {
    book = List.copyOf(book);
    financings = List.copyOf(financings);
    notes = List.copyOf(notes);
    Objects.requireNonNull(entity, "entity");
  }

  /** An input that names no entity or currency. */
  public ValuationInput(MarketData market, List<ResolvedWarrant> book, List<Financing> financings,
      SimulationSettings simulation, List<String> notes) {
    this(market, book, financings, simulation, notes, ReportingEntity.UNSTATED);
  }
}
