package org.warrantlab.cli.input;

import java.util.List;
import org.warrantlab.check.Checks;
import org.warrantlab.event.CorporateEvents;
import org.warrantlab.event.Financing;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.scenario.ValuationInputs;

/**
 * A validated {@code value} input: the core's valuation inputs (the market, the book, the financing
 * assumptions and the simulation settings as the file gives them), the preparer's notes (sources and
 * assumptions) and the reporting entity, which are echoed but never read by the valuation.
 */
public record ValuationInput(ValuationInputs inputs, List<String> notes, ReportingEntity entity) {

  public ValuationInput {
    Checks.notNull(inputs, "inputs");
    notes = List.copyOf(notes);
    Checks.notNull(entity, "entity");
  }

  /** An input that names no entity or currency. */
  public ValuationInput(ValuationInputs inputs, List<String> notes) {
    this(inputs, notes, ReportingEntity.UNSTATED);
  }

  public MarketData market() {
    return inputs.market();
  }

  /** The book resolved against the valuation date. */
  public List<ResolvedWarrant> book() {
    return inputs.book();
  }

  public List<Financing> financings() {
    return inputs.financings();
  }

  /** The business combination and fundamental transaction the book is contingent on. */
  public CorporateEvents events() {
    return inputs.events();
  }

  /** The simulation settings as the file gives them. */
  public SimulationSettings simulation() {
    return inputs.settings();
  }
}
