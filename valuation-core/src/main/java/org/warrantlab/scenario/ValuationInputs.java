package org.warrantlab.scenario;

import java.util.ArrayList;
import java.util.List;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.event.CorporateEvents;
import org.warrantlab.event.Financing;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationSettings;

/**
 * Everything one valuation reads: the market, the tranches on their contract terms, the financing
 * assumptions and the simulation settings. Perturbing it makes a new one; the book is resolved against
 * the market only when asked for, so a list of perturbations may pass through states that do not resolve.
 *
 * @param market the market data, valuation date included
 * @param warrants the tranches, in book order
 * @param financings the financing assumptions, in input order
 * @param settings how the valuation is simulated
 * @param events the business combination and fundamental transaction the book is contingent on
 */
public record ValuationInputs(MarketData market, List<Warrant> warrants, List<Financing> financings,
    SimulationSettings settings, CorporateEvents events) {

  public ValuationInputs {
    Checks.notNull(market, "market");
    warrants = List.copyOf(Checks.notNull(warrants, "warrants"));
    financings = List.copyOf(Checks.notNull(financings, "financings"));
    Checks.notNull(settings, "settings");
    Checks.notNull(events, "events");
  }

  /** Inputs contingent on no corporate event. */
  public ValuationInputs(MarketData market, List<Warrant> warrants, List<Financing> financings,
      SimulationSettings settings) {
    this(market, warrants, financings, settings, CorporateEvents.NONE);
  }

  /** The inputs of a book already resolved against {@code market}. */
  public static ValuationInputs of(MarketData market, List<ResolvedWarrant> book, List<Financing> financings,
      SimulationSettings settings) {
    return new ValuationInputs(market, book.stream().map(ResolvedWarrant::warrant).toList(), financings, settings);
  }

  /** The inputs of a book already resolved against {@code market}, contingent on {@code events}. */
  public static ValuationInputs of(MarketData market, List<ResolvedWarrant> book, List<Financing> financings,
      SimulationSettings settings, CorporateEvents events) {
    return new ValuationInputs(market, book.stream().map(ResolvedWarrant::warrant).toList(), financings, settings,
        events);
  }

  /** These inputs with {@code perturbation} applied. */
  public ValuationInputs apply(Perturbation perturbation) {
    return perturbation.applyTo(this);
  }

  /** These inputs with each of {@code perturbations} applied in turn, each to the result of the one before. */
  public ValuationInputs apply(List<Perturbation> perturbations) {
    ValuationInputs inputs = this;
    for (Perturbation perturbation : perturbations) {
      inputs = perturbation.applyTo(inputs);
    }
    return inputs;
  }

  /**
   * The tranches resolved against the market: fails, naming the field, when a tranche has expired, is not
   * yet issued or has a scheduled reset on or before the valuation date.
   */
  public List<ResolvedWarrant> book() {
    return warrants.stream().map(warrant -> ResolvedWarrant.resolve(warrant, market)).toList();
  }

  /** The tranche at {@code index} in the book; fails when the book has no such tranche. */
  public Warrant warrant(int index) {
    if (index < 0 || index >= warrants.size()) {
      throw new InvalidValueException("tranche", "[" + index + "] is not in the book, which has "
          + (warrants.isEmpty() ? "none" : warrants.size() + (warrants.size() == 1 ? " tranche" : " tranches")));
    }
    return warrants.get(index);
  }

  /** The position in the book of the tranche named {@code id}; fails when no tranche has that id. */
  public int trancheIndex(String id) {
    for (int i = 0; i < warrants.size(); i++) {
      if (warrants.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new InvalidValueException("tranche", "\"" + id + "\" is not in the book");
  }

  /** The financing assumption at {@code index}; fails when there is no such assumption. */
  public Financing financing(int index) {
    if (index < 0 || index >= financings.size()) {
      throw new InvalidValueException("financing", "[" + index + "] is not among the assumptions: there are "
          + (financings.isEmpty() ? "none" : financings.size()));
    }
    return financings.get(index);
  }

  public ValuationInputs withMarket(MarketData newMarket) {
    return new ValuationInputs(newMarket, warrants, financings, settings, events);
  }

  /** The same inputs with the tranche at {@code index} replaced. */
  public ValuationInputs withWarrant(int index, Warrant warrant) {
    warrant(index);
    List<Warrant> changed = new ArrayList<>(warrants);
    changed.set(index, warrant);
    return new ValuationInputs(market, changed, financings, settings, events);
  }

  /** The same inputs with the financing assumption at {@code index} replaced. */
  public ValuationInputs withFinancing(int index, Financing financing) {
    financing(index);
    List<Financing> changed = new ArrayList<>(financings);
    changed.set(index, financing);
    return new ValuationInputs(market, warrants, changed, settings, events);
  }

  public ValuationInputs withSettings(SimulationSettings newSettings) {
    return new ValuationInputs(market, warrants, financings, newSettings, events);
  }
}
