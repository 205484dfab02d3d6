package org.warrantlab.greeks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.check.Location;
import org.warrantlab.closedform.BlackScholesGreeks;
import org.warrantlab.closedform.ClosedFormWarrantPricer;
import org.warrantlab.event.Financing;
import org.warrantlab.greeks.GreekScenarios.Measure;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.BlockedRun;
import org.warrantlab.montecarlo.MonteCarloEngine;
import org.warrantlab.montecarlo.PathPayoff;
import org.warrantlab.montecarlo.SimulationResult;
import org.warrantlab.montecarlo.SimulationPlan;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.MonteCarloWarrantPricer;
import org.warrantlab.process.GbmProcess;
import org.warrantlab.result.Estimate;
import org.warrantlab.result.Greeks;
import org.warrantlab.result.PathwiseGreeks;
import org.warrantlab.scenario.ValuationInputs;
import org.warrantlab.simulation.ExerciseDates;

/**
 * Greeks of a book of warrants by bump-and-revalue with common random numbers: every scenario of
 * {@link GreekScenarios} revalues the same simulated paths (same seed, same normals), and each Greek is
 * estimated from its finite difference path by path, so its standard error is that of the difference.
 *
 * <p>Each scenario simulates the payoff {@link MonteCarloWarrantPricer#value} would, so the base scenario
 * reproduces the valuation per tranche bit for bit.
 *
 * <p>A tranche is <em>plain</em> when its terms cannot reset, the book has no financing assumptions,
 * and it has a closed form ({@link ClosedFormWarrantPricer#applies}); for plain tranches the result also
 * has pathwise delta and vega (one more run, same seed) and the Black–Scholes Greeks.
 */
public final class GreeksPricer {

  public static final GreeksPricer DEFAULT = new GreeksPricer(Bumps.DEFAULT);

  /**
   * The field a refusal names when a tranche's exercise style takes it out of this pricer's reach: its
   * sensitivities are then to be had by revaluing it, not from here.
   */
  public static final String EXERCISE_STYLE = "exerciseStyle";

  private final Bumps bumps;

  public GreeksPricer(Bumps bumps) {
    this.bumps = bumps;
  }

  public BookGreeks greeks(List<ResolvedWarrant> book, List<Financing> financings, MarketData market,
      SimulationSettings settings) {
    return MonteCarloEngine.DEFAULT.execute(plan(book, financings, market, settings), settings.threads());
  }

  /**
   * The Greeks as blocked runs, for callers that simulate the blocks elsewhere: the scenario run, then the
   * pathwise run when some tranche is plain.
   */
  public SimulationPlan<BookGreeks> plan(List<ResolvedWarrant> book, List<Financing> financings,
      MarketData market, SimulationSettings settings) {
    if (book.isEmpty()) {
      throw new IllegalArgumentException("the book has no warrants");
    }
    checkNoEarlyExercise(book, financings, market);
    GreekScenarios scenarios = new GreekScenarios(ValuationInputs.of(market, book, financings, settings), bumps);
    List<PathPayoff> payoffs = scenarios.scenarios().stream()
        .map(s -> MonteCarloWarrantPricer.DEFAULT.pathPayoff(s.book(), financings, s.market())).toList();
    double[] counts = book.stream().mapToDouble(w -> w.warrant().count()).toArray();
    ScenarioPayoff payoff = new ScenarioPayoff(payoffs, scenarios.combinations(), counts);
    List<BlockedRun> runs = new ArrayList<>();
    runs.add(MonteCarloEngine.DEFAULT.blocked(payoff, new double[payoff.outputs()], settings));
    List<Integer> plain = new ArrayList<>();
    for (int i = 0; i < book.size(); i++) {
      if (isPlain(book.get(i), financings, market)) {
        plain.add(i);
      }
    }
    if (!plain.isEmpty()) {
      PathwiseEuropeanPayoff pathwise = new PathwiseEuropeanPayoff(plain.stream().map(book::get).toList(),
          GbmProcess.of(market));
      runs.add(MonteCarloEngine.DEFAULT.blocked(pathwise, new double[pathwise.outputs()], settings));
    }
    return new SimulationPlan<>(runs, results -> {
      Outputs outputs = new Outputs(results.get(0), scenarios, book.size());
      PathwiseResults pathwise = new PathwiseResults(plain, plain.isEmpty() ? List.of() : results.get(1).outputs());
      List<TrancheGreeks> tranches = new ArrayList<>(book.size());
      for (int i = 0; i < book.size(); i++) {
        ResolvedWarrant warrant = book.get(i);
        tranches.add(new TrancheGreeks(warrant, outputs.get(Measure.VALUE, i), outputs.greeks(i), pathwise.of(i),
            closedForm(warrant, financings, market), outputs.byTerm(i, market)));
      }
      return new BookGreeks(market, settings, bumps, tranches, outputs.get(Measure.VALUE, book.size()),
          outputs.greeks(book.size()), scenarios.thetaUnavailable(), results.get(0).simulatedPaths(),
          outputs.byTerm(book.size(), market));
    });
  }

  /** Whether the tranche pays {@code m max(S_T - X, 0)} on its current terms with nothing path-dependent. */
  public boolean isPlain(ResolvedWarrant warrant, List<Financing> financings, MarketData market) {
    return financings.isEmpty() && !warrant.warrant().hasResets()
        && ClosedFormWarrantPricer.DEFAULT.applies(warrant, market);
  }

  private Optional<Greeks> closedForm(ResolvedWarrant warrant, List<Financing> financings, MarketData market) {
    double term = warrant.timeToExpiry();
    double volatility = market.volatility().termVolatility(term);
    if (!isPlain(warrant, financings, market) || !(term > 0) || !(volatility > 0)) {
      return Optional.empty();
    }
    Greeks perShare = BlackScholesGreeks.call(market.spot(), warrant.warrant().exercisePrice(), term,
        market.riskFreeRate().zeroRate(term), market.dividendYield(), volatility);
    return Optional.of(perShare.times(warrant.sharesValuedPerWarrant()));
  }

  /** The pathwise estimates of the plain tranches, looked up by the tranche's index in the book. */
  private record PathwiseResults(List<Integer> plain, List<Estimate> outputs) {
    Optional<PathwiseGreeks> of(int tranche) {
      int k = plain.indexOf(tranche);
      if (k < 0) {
        return Optional.empty();
      }
      return Optional.of(new PathwiseGreeks(outputs.get(PathwiseEuropeanPayoff.output(k, PathwiseEuropeanPayoff.DELTA)),
          outputs.get(PathwiseEuropeanPayoff.output(k, PathwiseEuropeanPayoff.VEGA))));
    }
  }

  /** The scenario run's estimates, looked up by measure and tranche (the book at index {@code tranches}). */
  private record Outputs(SimulationResult result, GreekScenarios scenarios, int tranches) {
    Estimate get(Measure measure, int tranche) {
      return result.outputs().get(ScenarioPayoff.output(scenarios.indexOf(measure), tranche, tranches));
    }

    TermBuckets byTerm(int tranche, MarketData market) {
      List<Estimate> vegas = new ArrayList<>();
      for (int i = 0; i < TermBuckets.volatilityPoints(market); i++) {
        vegas.add(at(scenarios.indexOf(Measure.VEGA_BY_TERM, i), tranche));
      }
      List<Estimate> rhos = new ArrayList<>();
      for (int i = 0; i < TermBuckets.ratePoints(market); i++) {
        rhos.add(at(scenarios.indexOf(Measure.RHO_BY_TERM, i), tranche));
      }
      return new TermBuckets(vegas, rhos);
    }

    private Estimate at(int combination, int tranche) {
      return result.outputs().get(ScenarioPayoff.output(combination, tranche, tranches));
    }

    Greeks greeks(int tranche) {
      Optional<Estimate> theta = scenarios.indexOf(Measure.THETA) < 0 ? Optional.empty()
          : Optional.of(get(Measure.THETA, tranche));
      return new Greeks(get(Measure.DELTA, tranche), get(Measure.GAMMA, tranche), get(Measure.VEGA, tranche),
          get(Measure.RHO, tranche), theta);
    }
  }

  /**
   * The bumped scenarios share one European path payoff; a tranche whose early exercise can pay is valued
   * by Longstaff–Schwartz instead, so its Greeks are refused rather than taken from the wrong payoff.
   */
  private static void checkNoEarlyExercise(List<ResolvedWarrant> book, List<Financing> financings,
      MarketData market) {
    if (!ExerciseDates.canPay(market, financings)) {
      return;
    }
    for (int i = 0; i < book.size(); i++) {
      if (book.get(i).warrant().exercisableEarly()) {
        throw new InvalidValueException(Location.tranche(i).field(EXERCISE_STYLE), book.get(i).warrant()
            .exerciseStyle() + " with a dividend yield, a negative rate or a post-money financing is valued by"
            + " Longstaff–Schwartz, whose Greeks this version does not give");
      }
    }
  }
}
