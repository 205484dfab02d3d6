package org.warrantlab.pricer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.warrantlab.closedform.ClosedFormWarrantPricer;
import org.warrantlab.event.Financing;
import org.warrantlab.exercise.DualityBound;
import org.warrantlab.exercise.ExerciseDecision;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.MonteCarloEngine;
import org.warrantlab.montecarlo.PathPayoff;
import org.warrantlab.montecarlo.SimulationResult;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.result.Estimate;
import org.warrantlab.simulation.EuropeanWarrantPayoff;
import org.warrantlab.simulation.ExerciseDates;
import org.warrantlab.simulation.ExercisedPayoff;
import org.warrantlab.simulation.PathEvent;
import org.warrantlab.simulation.PathExplanation;
import org.warrantlab.simulation.PolicyBatches;
import org.warrantlab.simulation.ResetWarrantPayoff;
import org.warrantlab.simulation.ResolvedBook;

/**
 * Values a book of warrant tranches by Monte Carlo on common paths, with the closed form beside each
 * tranche that has one. The book is resolved once ({@link ResolvedBook}); one with no financing
 * assumptions, no scheduled resets and no early exercise is simulated on its expiry dates alone,
 * otherwise the path visits every date the financings, resets and exercise dates need.
 *
 * <p>A tranche exercisable early (American or Bermudan) is valued by Longstaff–Schwartz where early
 * exercise can pay (see {@link ExerciseDates#canPay}) in independent batches ({@link PolicyBatches}): each
 * fits an exercise policy on calibration paths of its own and walks its share of the pricing paths under
 * it; the value is the batches' mean and its standard error their spread, which includes the policy's
 * variance. Beside that lower bound, the first batch's policy's duality gap ({@link DualityBound}), on as
 * many outer paths and continuations as {@link DualityBudget} affords, gives an upper bound. Elsewhere it
 * is valued as European, which is then its exact value.
 */
public final class MonteCarloWarrantPricer {

  public static final MonteCarloWarrantPricer DEFAULT = new MonteCarloWarrantPricer();

  private MonteCarloWarrantPricer() {
  }

  /** The path payoff of a book with no early exercise that can pay, for callers that bump its market. */
  public PathPayoff pathPayoff(List<ResolvedWarrant> book, List<Financing> financings, MarketData market) {
    return payoff(ResolvedBook.atExpiry(book, financings, market));
  }

  /** Values a book that no financing can affect. */
  public BookValuation value(List<ResolvedWarrant> book, MarketData market, SimulationSettings settings) {
    return value(book, List.of(), market, settings);
  }

  public BookValuation value(List<ResolvedWarrant> book, List<Financing> financings, MarketData market,
      SimulationSettings settings) {
    ResolvedBook resolved = ResolvedBook.of(book, financings, market, settings.earlyExercise().datesPerYear());
    double[] counts = book.stream().mapToDouble(w -> w.warrant().count()).toArray();
    SimulationResult result;
    Optional<ExercisedPayoff> exercised = Optional.empty();
    Estimate[] gaps = new Estimate[0];
    Optional<DualityBudget> budget = Optional.empty();
    if (resolved.earlyExercise()) {
      ResetWarrantPayoff paths = new ResetWarrantPayoff(resolved);
      PolicyBatches.Run run = new PolicyBatches(paths, settings).run(counts);
      result = run.result();
      exercised = Optional.of(run.layout());
      long dates = IntStream.range(0, book.size()).mapToLong(resolved::exerciseDates).sum();
      budget = DualityBudget.of(settings.earlyExercise(), result.simulatedPaths(), dates);
      if (budget.isPresent()) {
        double[] lowerBounds = IntStream.range(0, book.size()).mapToDouble(j -> result.outputs().get(j).value())
            .toArray();
        gaps = new DualityBound(paths, run.policies().get(0), budget.get().outerPaths(),
            budget.get().continuations()).gaps(settings.seed(), lowerBounds, settings.threads());
      }
    } else {
      result = MonteCarloEngine.DEFAULT.run(payoff(resolved), counts, settings);
    }
    List<TrancheValuation> tranches = new ArrayList<>(book.size());
    for (int i = 0; i < book.size(); i++) {
      ResolvedWarrant warrant = book.get(i);
      Estimate perWarrant = result.outputs().get(i);
      int tranche = i;
      int first = exercised.map(walked -> walked.statisticsOf(tranche)).orElse(-1);
      Optional<ExerciseBounds> bounds = gaps.length == 0 ? Optional.empty() : Optional.of(ExerciseBounds.of(
          perWarrant, gaps[i], budget.get().outerPaths(), budget.get().continuations()));
      tranches.add(new TrancheValuation(warrant, perWarrant, perWarrant.times(counts[i]),
          closedForm(warrant, financings, market), statistics(result, first, resolved.exerciseDates(i), bounds)));
    }
    return new BookValuation(market, settings, tranches, result.total(), result.simulatedPaths());
  }

  /** Replays path {@code pathIndex} of the run {@code settings} describes, with every event on it. */
  public PathExplanation explain(List<ResolvedWarrant> book, List<Financing> financings, MarketData market,
      SimulationSettings settings, long pathIndex) {
    ResolvedBook resolved = ResolvedBook.of(book, financings, market, settings.earlyExercise().datesPerYear());
    ResetWarrantPayoff payoff = new ResetWarrantPayoff(resolved);
    if (!resolved.earlyExercise()) {
      double[] normals = MonteCarloEngine.DEFAULT.normalsOfPath(payoff, settings, pathIndex);
      return explained(payoff, normals, ExerciseDecision.NEVER, pathIndex);
    }
    PolicyBatches batches = new PolicyBatches(payoff, settings);
    long perBatch = batches.settingsOf(0).simulatedPaths();
    int batch = Math.toIntExact(Math.min(pathIndex / perBatch, batches.batches() - 1));
    SimulationSettings batchSettings = batches.settingsOf(batch);
    long local = pathIndex - batch * perBatch;
    if (local >= batchSettings.simulatedPaths()) {
      throw new InvalidValueException("path", "must be between 0 and "
          + (perBatch * batches.batches() - 1) + " but was " + pathIndex);
    }
    double[] normals = MonteCarloEngine.DEFAULT.normalsOfPath(payoff, batchSettings, local);
    return explained(payoff, normals, batches.policyOf(batch), pathIndex);
  }

  private static PathExplanation explained(ResetWarrantPayoff payoff, double[] normals, ExerciseDecision policy,
      long pathIndex) {
    List<PathEvent> events = new ArrayList<>();
    double[] payoffs = payoff.explain(normals, policy, events::add);
    return new PathExplanation(pathIndex, events, payoffs);
  }

  private static Optional<ExerciseStatistics> statistics(SimulationResult result, int first, int dates,
      Optional<ExerciseBounds> bounds) {
    if (first < 0) {
      return Optional.empty();
    }
    Estimate exercised = result.outputs().get(first);
    double meanYears = exercised.value() > 0 ? result.outputs().get(first + 2).value() / exercised.value() : Double.NaN;
    return Optional.of(new ExerciseStatistics(exercised, result.outputs().get(first + 1), meanYears, dates, bounds));
  }

  private static PathPayoff payoff(ResolvedBook book) {
    return book.pathDependent() ? new ResetWarrantPayoff(book) : new EuropeanWarrantPayoff(book);
  }

  /** The Black–Scholes value, where no reset and no simulated financing can change the tranche's value. */
  private static OptionalDouble closedForm(ResolvedWarrant warrant, List<Financing> financings, MarketData market) {
    boolean financingsMatter = !financings.isEmpty() && (warrant.warrant().dilution() == Dilution.SHARE_COUNT
        || financings.stream().anyMatch(f -> f.terms().postMoney()));
    return financingsMatter ? OptionalDouble.empty() : ClosedFormWarrantPricer.DEFAULT.perWarrant(warrant, market);
  }
}
