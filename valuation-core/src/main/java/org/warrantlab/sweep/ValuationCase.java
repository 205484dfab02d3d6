package org.warrantlab.sweep;

import java.util.List;
import org.warrantlab.check.Checks;
import org.warrantlab.event.CorporateEvents;
import org.warrantlab.event.Financing;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationPlan;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.MonteCarloWarrantPricer;
import org.warrantlab.scenario.ValuationInputs;

/**
 * One valuation to run: a book resolved against its market, the financing assumptions, the corporate
 * events the book is contingent on and the simulation settings.
 */
public record ValuationCase(MarketData market, List<ResolvedWarrant> book, List<Financing> financings,
    CorporateEvents events, SimulationSettings settings) {

  public ValuationCase {
    Checks.notNull(market, "market");
    book = List.copyOf(book);
    financings = List.copyOf(financings);
    Checks.notNull(events, "events");
    Checks.notNull(settings, "settings");
  }

  /** A case contingent on no corporate event. */
  public ValuationCase(MarketData market, List<ResolvedWarrant> book, List<Financing> financings,
      SimulationSettings settings) {
    this(market, book, financings, CorporateEvents.NONE, settings);
  }

  /** The case of {@code inputs}, its book resolved against its market. */
  public static ValuationCase of(ValuationInputs inputs) {
    return new ValuationCase(inputs.market(), inputs.book(), inputs.financings(), inputs.events(),
        inputs.settings());
  }

  /** The same case simulated with {@code newSettings}. */
  public ValuationCase withSettings(SimulationSettings newSettings) {
    return new ValuationCase(market, book, financings, events, newSettings);
  }

  /** Values the case with {@link MonteCarloWarrantPricer#DEFAULT}. */
  public BookValuation value() {
    return MonteCarloWarrantPricer.DEFAULT.value(book, financings, events, market, settings);
  }

  /** The valuation of {@link #value()} as blocked runs, for a caller that simulates the blocks elsewhere. */
  public SimulationPlan<BookValuation> plan() {
    return MonteCarloWarrantPricer.DEFAULT.plan(book, financings, events, market, settings);
  }
}
