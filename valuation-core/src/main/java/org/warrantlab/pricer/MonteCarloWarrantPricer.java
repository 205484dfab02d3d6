package org.warrantlab.pricer;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.event.Financing;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.process.GbmProcess;
import org.warrantlab.result.Estimate;

/**
 * Values a book of warrant tranches by Monte Carlo on common paths, with the closed form beside each
 * tranche that has one. A book with no financing assumptions and no scheduled resets is simulated on
 * its expiry dates alone; otherwise the path visits every date the financings and resets need.
 */
public final class MonteCarloWarrantPricer {

  public static final MonteCarloWarrantPricer DEFAULT = new MonteCarloWarrantPricer();

  private MonteCarloWarrantPricer() {
  }

  PathPayoff pathPayoff(List<ResolvedWarrant> book, List<Financing> financings, MarketData market) { return payoff(book, financings, market); }

  /** Values a book that no financing can affect. */
  public BookValuation value(List<ResolvedWarrant> book, MarketData market, SimulationSettings settings) {
    return value(book, List.of(), market, settings);
  }

  public BookValuation value(List<ResolvedWarrant> book, List<Financing> financings, MarketData market,
      SimulationSettings settings) {
    PathPayoff payoff = payoff(book, financings, market);
    double[] counts = book.stream().mapToDouble(w -> w.warrant().count()).toArray();
    SimulationResult result = MonteCarloEngine.DEFAULT.run(payoff, counts, settings);
    List<TrancheValuation> tranches = new ArrayList<>(book.size());
    for (int i = 0; i < book.size(); i++) {
      ResolvedWarrant warrant = book.get(i);
      Estimate perWarrant = result.outputs().get(i);
      tranches.add(new TrancheValuation(warrant, perWarrant, perWarrant.times(counts[i]),
          closedForm(warrant, financings, market)));
    }
    return new BookValuation(market, settings, tranches, result.total(), result.simulatedPaths());
  }

  /** Replays path {@code pathIndex} of the run {@code settings} describes, with every event on it. */
  public PathExplanation explain(List<ResolvedWarrant> book, List<Financing> financings, MarketData market,
      SimulationSettings settings, long pathIndex) {
    checkSupported(book, financings);
    ResetWarrantPayoff payoff = new ResetWarrantPayoff(book, financings, market);
    double[] normals = MonteCarloEngine.DEFAULT.normalsOfPath(payoff.dimension(), settings, pathIndex);
    List<PathEvent> events = new ArrayList<>();
    double[] payoffs = payoff.explain(normals, events::add);
    return new PathExplanation(pathIndex, events, payoffs);
  }

  private PathPayoff payoff(List<ResolvedWarrant> book, List<Financing> financings, MarketData market) {
    if (book.isEmpty()) {
      throw new IllegalArgumentException("the book has no warrants");
    }
    checkSupported(book, financings);
    boolean pathDependent = !financings.isEmpty() || book.stream().anyMatch(w -> w.warrant().hasResets());
    return pathDependent
        ? new ResetWarrantPayoff(book, financings, market)
        : new EuropeanWarrantPayoff(book, GbmProcess.of(market));
  }

  private void checkSupported(List<ResolvedWarrant> book, List<Financing> financings) {
    for (ResolvedWarrant warrant : book) {
      checkExerciseStyle(warrant, financings);
    }
  }

  /**
   * An American warrant is priced as European only where early exercise is never optimal; a financing
   * that moves the price down to the post-money value acts like a dividend, so it is refused there.
   */
  public void checkExerciseStyle(ResolvedWarrant warrant, List<Financing> financings) {
    boolean priceDrops = financings.stream().anyMatch(f -> f.terms().postMoney());
    if (priceDrops && warrant.warrant().exerciseStyle() == ExerciseStyle.AMERICAN) {
      throw new InvalidValueException("exerciseStyle", "AMERICAN with post-money financings needs"
          + " early-exercise pricing, which this version does not have; use EUROPEAN");
    }
  }

  /** The Black–Scholes value, where no reset and no simulated financing can change the tranche's value. */
  private static OptionalDouble closedForm(ResolvedWarrant warrant, List<Financing> financings, MarketData market) {
    boolean financingsMatter = !financings.isEmpty() && (warrant.warrant().dilution() == Dilution.SHARE_COUNT
        || financings.stream().anyMatch(f -> f.terms().postMoney()));
    return financingsMatter ? OptionalDouble.empty() : ClosedFormWarrantPricer.DEFAULT.perWarrant(warrant, market);
  }
}
