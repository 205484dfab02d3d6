package org.warrantlab.accounting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.check.Location;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.MonteCarloWarrantPricer;
import org.warrantlab.pricer.TrancheValuation;
import org.warrantlab.scenario.Perturbation;
import org.warrantlab.scenario.ValuationInputs;

/**
 * Runs the fair-value measurements of a roll-forward, all with the same simulation settings. A book
 * measured here gets exactly what {@code warrantlab value} gives for the same tranches and inputs, so
 * any figure can be re-run on its own. A tranche calibrated at issue is measured in the same book on its own
 * carried input, the other tranches on the date's inputs.
 */
final class Measurer {

  private final MonteCarloWarrantPricer pricer;
  private final SimulationSettings settings;
  private final Map<String, CarriedInput> carried = new LinkedHashMap<>();

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
    for (TrancheValuation tranche : valuation.tranches()) {
      String id = tranche.warrant().warrant().id();
      tranches.add(TrancheMeasurement.of(carried.containsKey(id)
          ? onCarriedInput(outstanding, carried.get(id), inputs, location) : tranche));
    }
    return new ReportingDateMeasurement(inputs, tranches, valuation.total().standardError());
  }

  /**
   * Tranche {@code trancheId} measured in {@code book}, the tranches outstanding that day, on common paths:
   * what a reporting-date measurement of that book would give it, since the others can move its value (a
   * broad-based weighted average counts them in its base).
   */
  TrancheValuation inBook(List<Warrant> book, String trancheId, MeasurementInputs inputs, Location location) {
    if (carried.containsKey(trancheId)) {
      return onCarriedInput(book, carried.get(trancheId), inputs, location);
    }
    return find(value(book, inputs, location), trancheId);
  }

  /** From now on, tranche {@code input.trancheId()} is measured on its carried input. */
  void carry(CarriedInput input) {
    carried.put(input.trancheId(), input);
  }

  /** The tranches calibrated so far, in the order of their issue. */
  List<CarriedInput> carried() {
    return List.copyOf(carried.values());
  }

  SimulationSettings settings() {
    return settings;
  }

  MonteCarloWarrantPricer pricer() {
    return pricer;
  }

  /** The book valued on {@code inputs}, every tranche on the date's own inputs. */
  BookValuation valuation(List<Warrant> book, MeasurementInputs inputs, Location location) {
    return value(book, inputs, location);
  }

  private TrancheValuation onCarriedInput(List<Warrant> book, CarriedInput carry, MeasurementInputs inputs,
      Location location) {
    ValuationInputs own = new ValuationInputs(inputs.market(), book, inputs.financings(), settings);
    ValuationInputs moved = own.apply(Perturbation.set(carry.terms().input(), carry.valueIn(own)));
    return find(value(moved.warrants(), new MeasurementInputs(moved.market(), moved.financings()), location),
        carry.trancheId());
  }

  private static TrancheValuation find(BookValuation valuation, String trancheId) {
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
