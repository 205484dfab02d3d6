package org.warrantlab.pricer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.warrantlab.closedform.ClosedFormWarrantPricer;
import org.warrantlab.event.CorporateEvents;
import org.warrantlab.event.Financing;
import org.warrantlab.event.FundamentalTransaction;
import org.warrantlab.exercise.ExerciseDecision;
import org.warrantlab.exercise.LongstaffSchwartz;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.BlockedRun;
import org.warrantlab.montecarlo.MonteCarloEngine;
import org.warrantlab.montecarlo.PathPayoff;
import org.warrantlab.montecarlo.SimulationResult;
import org.warrantlab.montecarlo.SimulationPlan;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.result.Estimate;
import org.warrantlab.simulation.EuropeanWarrantPayoff;
import org.warrantlab.simulation.ExerciseDates;
import org.warrantlab.simulation.ExercisedPayoff;
import org.warrantlab.simulation.PathEvent;
import org.warrantlab.simulation.PathExplanation;
import org.warrantlab.simulation.ResetWarrantPayoff;
import org.warrantlab.simulation.ResolvedBook;
import org.warrantlab.simulation.TranchePathStatistics;

/**
 * Values a book of warrant tranches by Monte Carlo on common paths, with the closed form beside each
 * tranche that has one. The book is resolved once ({@link ResolvedBook}); one with no financing
 * assumptions, no scheduled resets and no early exercise is simulated on its expiry dates alone,
 * otherwise the path visits every date the financings, resets and exercise dates need.
 *
 * <p>A tranche exercisable early (American or Bermudan) is valued by Longstaff–Schwartz where early
 * exercise can pay (see {@link ExerciseDates#canPay}): an exercise policy is fitted on calibration paths
 * of their own, then the pricing paths are walked under it. Elsewhere it is valued as European, which is
 * then its exact value.
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
    return value(book, financings, CorporateEvents.NONE, market, settings);
  }

  /**
   * Values a book contingent on {@code events}: simulated given the business combination, whose
   * probability then multiplies every figure (its outcome is independent of the share price).
   */
  public BookValuation value(List<ResolvedWarrant> book, List<Financing> financings, CorporateEvents events,
      MarketData market, SimulationSettings settings) {
    return MonteCarloEngine.DEFAULT.execute(plan(book, financings, events, market, settings), settings.threads());
  }

  /**
   * The valuation as one blocked run, for callers that simulate its blocks elsewhere; early exercise is
   * fitted here, on {@code settings.threads()} threads, before the run.
   */
  public SimulationPlan<BookValuation> plan(List<ResolvedWarrant> book, List<Financing> financings,
      CorporateEvents events, MarketData market, SimulationSettings settings) {
    ResolvedBook resolved = ResolvedBook.of(book, financings, events, market, settings.earlyExercise().datesPerYear());
    double[] counts = Arrays.copyOf(book.stream().mapToDouble(w -> w.warrant().count()).toArray(),
        book.size() + resolved.statisticsOutputs());
    if (!resolved.earlyExercise()) {
      PathPayoff payoff = resolved.pathDependent() ? ResetWarrantPayoff.withStatistics(resolved)
          : new EuropeanWarrantPayoff(resolved);
      BlockedRun run = MonteCarloEngine.DEFAULT.blocked(payoff, counts, settings);
      return new SimulationPlan<>(List.of(run), results -> valuation(book, financings, events, market, settings,
          results.get(0), Optional.empty(), resolved));
    }
    ResetWarrantPayoff paths = ResetWarrantPayoff.withStatistics(resolved);
    ExercisedPayoff walked = new ExercisedPayoff(paths,
        new LongstaffSchwartz(settings.earlyExercise()).calibrate(paths, settings.seed(), settings.threads()));
    BlockedRun run = MonteCarloEngine.DEFAULT.blocked(walked, Arrays.copyOf(counts, walked.outputs()), settings);
    return new SimulationPlan<>(List.of(run), results -> valuation(book, financings, events, market, settings,
        results.get(0), Optional.of(walked), resolved));
  }

  private static BookValuation valuation(List<ResolvedWarrant> book, List<Financing> financings,
      CorporateEvents events, MarketData market, SimulationSettings settings, SimulationResult result,
      Optional<ExercisedPayoff> exercised, ResolvedBook resolved) {
    double combination = events.combinationProbability();
    double[] counts = book.stream().mapToDouble(w -> w.warrant().count()).toArray();
    List<TrancheValuation> tranches = new ArrayList<>(book.size());
    for (int i = 0; i < book.size(); i++) {
      ResolvedWarrant warrant = book.get(i);
      Estimate perWarrant = result.outputs().get(i).times(combination);
      int tranche = i;
      int first = exercised.map(walked -> walked.statisticsOf(tranche)).orElse(-1);
      Optional<TranchePathStatistics> pathStatistics = TranchePathStatistics.tallied(result, book.size())
          ? Optional.of(TranchePathStatistics.of(result, i)) : Optional.empty();
      tranches.add(new TrancheValuation(warrant, perWarrant, perWarrant.times(counts[i]),
          closedForm(warrant, financings, events, market), statistics(result, first, resolved.exerciseDates(i)),
          contingencies(result, resolved, i, combination), pathStatistics));
    }
    return new BookValuation(market, settings, tranches, result.total().times(combination), result.simulatedPaths());
  }

  /** Replays path {@code pathIndex} of the run {@code settings} describes, with every event on it. */
  public PathExplanation explain(List<ResolvedWarrant> book, List<Financing> financings, MarketData market,
      SimulationSettings settings, long pathIndex) {
    return explain(book, financings, CorporateEvents.NONE, market, settings, pathIndex);
  }

  /**
   * Replays path {@code pathIndex} of the run {@code settings} describes, given the business combination
   * where the book is contingent on one.
   */
  public PathExplanation explain(List<ResolvedWarrant> book, List<Financing> financings, CorporateEvents events,
      MarketData market, SimulationSettings settings, long pathIndex) {
    ResetWarrantPayoff payoff = new ResetWarrantPayoff(
        ResolvedBook.of(book, financings, events, market, settings.earlyExercise().datesPerYear()));
    ExerciseDecision policy = new LongstaffSchwartz(settings.earlyExercise()).calibrate(payoff, settings.seed(),
        settings.threads());
    return replay(payoff, policy, MonteCarloEngine.DEFAULT.normalsOfPath(payoff, settings, pathIndex), pathIndex);
  }

  /**
   * Replays the first path of the run {@code settings} describes whose events {@code wanted} accepts (a reset, a
   * financing, an early exercise); empty when no path of the run has them.
   */
  public Optional<PathExplanation> first(List<ResolvedWarrant> book, List<Financing> financings,
      CorporateEvents events, MarketData market, SimulationSettings settings, Predicate<List<PathEvent>> wanted) {
    ResetWarrantPayoff payoff = new ResetWarrantPayoff(
        ResolvedBook.of(book, financings, events, market, settings.earlyExercise().datesPerYear()));
    ExerciseDecision policy = new LongstaffSchwartz(settings.earlyExercise()).calibrate(payoff, settings.seed(),
        settings.threads());
    OptionalLong found = MonteCarloEngine.DEFAULT.firstPath(payoff, settings,
        normals -> wanted.test(replay(payoff, policy, normals, 0).events()));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    long path = found.getAsLong();
    return Optional.of(replay(payoff, policy, MonteCarloEngine.DEFAULT.normalsOfPath(payoff, settings, path), path));
  }

  private static PathExplanation replay(ResetWarrantPayoff payoff, ExerciseDecision policy, double[] normals,
      long pathIndex) {
    List<PathEvent> happened = new ArrayList<>();
    double[] payoffs = payoff.explain(normals, policy, happened::add);
    return new PathExplanation(pathIndex, happened, payoffs);
  }

  private static Optional<ExerciseStatistics> statistics(SimulationResult result, int first, int dates) {
    if (first < 0) {
      return Optional.empty();
    }
    Estimate exercised = result.outputs().get(first);
    double meanYears = exercised.value() > 0 ? result.outputs().get(first + 2).value() / exercised.value() : Double.NaN;
    return Optional.of(new ExerciseStatistics(exercised, result.outputs().get(first + 1), meanYears, dates));
  }

  /** Tranche {@code j}'s redemption and transaction statistics, where the book records them. */
  private static Optional<ContingencyStatistics> contingencies(SimulationResult result, ResolvedBook book, int j,
      double combination) {
    if (book.statisticsOutputs() == 0) {
      return Optional.empty();
    }
    int first = book.tranches() + ResolvedBook.CONTINGENCY_STATISTICS * j;
    Estimate redeemed = result.outputs().get(first);
    double meanYears = redeemed.value() > 0 ? result.outputs().get(first + 1).value() / redeemed.value() : Double.NaN;
    return Optional.of(new ContingencyStatistics(redeemed.times(combination), meanYears,
        result.outputs().get(first + 2).times(combination)));
  }

  private static PathPayoff payoff(ResolvedBook book) {
    return book.pathDependent() ? new ResetWarrantPayoff(book) : new EuropeanWarrantPayoff(book);
  }

  /**
   * The Black–Scholes value (times the combination's probability), where no reset, no simulated financing,
   * no redemption and no fundamental transaction can change the tranche's value.
   */
  private static OptionalDouble closedForm(ResolvedWarrant warrant, List<Financing> financings,
      CorporateEvents events, MarketData market) {
    boolean financingsMatter = !financings.isEmpty() && (warrant.warrant().dilution() == Dilution.SHARE_COUNT
        || financings.stream().anyMatch(f -> f.terms().postMoney()));
    if (financingsMatter || warrant.warrant().redeemable()
        || events.fundamentalTransaction().filter(FundamentalTransaction::canHappen).isPresent()) {
      return OptionalDouble.empty();
    }
    OptionalDouble value = ClosedFormWarrantPricer.DEFAULT.perWarrant(warrant, market);
    return events.businessCombination().isEmpty() || value.isEmpty() ? value
        : OptionalDouble.of(value.getAsDouble() * events.combinationProbability());
  }
}
