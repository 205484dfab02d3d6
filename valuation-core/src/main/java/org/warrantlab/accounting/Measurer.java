package org.warrantlab.accounting;

import java.util.ArrayList;
import java.util.List;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.check.Location;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.MonteCarloWarrantPricer;
import org.warrantlab.pricer.TrancheValuation;

/**
 * Runs the fair-value measurements of a roll-forward, all with the same simulation settings. A book
 * measured here gets exactly what {@code warrantlab value} gives for the same tranches and inputs, so
 * any figure can be re-run on its own.
 */
final class Measurer {

  private final MonteCarloWarrantPricer pricer;
  private final SimulationSettings settings;

  Measurer(MonteCarloWarrantPricer pricer, SimulationSettings settings) {
    this.pricer = pricer;
    this.settings = settings;
  }

  /** The outstanding tranches measured together on common paths; no valuation when none is outstanding. */
  ReportingDateMeasurement book(List<Warrant> outstanding, MeasurementInputs inputs, Location location) {
    if (outstanding.isEmpty()) {
      return new ReportingDateMeasurement(inputs, List.of(), 0.0);
    }
    BookValuation valuation = value(outstanding, inputs, location);
    List<TrancheMeasurement> tranches = new ArrayList<>();
    valuation.tranches().forEach(tranche -> tranches.add(TrancheMeasurement.of(tranche)));
    return new ReportingDateMeasurement(inputs, tranches, valuation.total().standardError());
  }

  /**
   * Tranche {@code trancheId} measured in {@code book}, the tranches outstanding that day, on common paths:
   * what a reporting-date measurement of that book would give it, since the others can move its value (a
   * broad-based weighted average counts them in its base).
   */
  TrancheValuation inBook(List<Warrant> book, String trancheId, MeasurementInputs inputs, Location location) {
    BookValuation valuation = value(book, inputs, location);
    return valuation.tranches().stream().filter(tranche -> tranche.warrant().warrant().id().equals(trancheId))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("no tranche \"" + trancheId + "\" in the book"));
  }

  private BookValuation value(List<Warrant> warrants, MeasurementInputs inputs, Location location) {
    List<ResolvedWarrant> book = new ArrayList<>(warrants.size());
    for (Warrant warrant : warrants) {
      try {
        book.add(ResolvedWarrant.resolve(warrant, inputs.market()));
      } catch (InvalidValueException e) {
        throw new InvalidValueException(location, "cannot measure tranche \"" + warrant.id() + "\" on "
            + inputs.date() + ": its " + e.field() + " " + e.problem());
      }
    }
    BookValuation valuation = pricer.value(book, inputs.financings(), inputs.market(), settings);
    for (TrancheValuation tranche : valuation.tranches()) {
      if (!Double.isFinite(tranche.perWarrant().value())) {
        MarketData market = inputs.market();
        throw new InvalidValueException(location, "(spot " + market.spot() + ", volatility " + market.volatility()
            + ", continuous rate " + market.continuousRate() + ", dividend yield " + market.dividendYield()
            + ") gives tranche \"" + tranche.warrant().warrant().id() + "\" no finite fair value ("
            + tranche.perWarrant().value() + ") on " + inputs.date() + ": the simulation's arithmetic overflows");
      }
    }
    return valuation;
  }
}
