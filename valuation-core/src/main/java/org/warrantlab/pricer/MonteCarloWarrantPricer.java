package org.warrantlab.pricer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.warrantlab.closedform.ClosedFormWarrantPricer;
import org.warrantlab.event.CorporateEvents;
import org.warrantlab.event.Financing;
import org.warrantlab.event.FundamentalTransaction;
import org.warrantlab.exercise.DualityBound;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.BlockedRun;
import org.warrantlab.montecarlo.MonteCarloEngine;
import org.warrantlab.montecarlo.PathPayoff;
import org.warrantlab.montecarlo.SimulationPlan;
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
import org.warrantlab.simulation.TranchePathStatistics;

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
    ResolvedBook resolved = ResolvedBook.atExpiry(book, financings, market);
    return resolved.pathDependent() ? new ResetWarrantPayoff(resolved) : new EuropeanWarrantPayoff(resolved);
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
   * The valuation as blocked runs, for callers that simulate their blocks elsewhere: one run, or with early
   * exercise one per policy batch, each batch's policy fitted here, on {@code settings.threads()} threads,
   * before the plan is returned; the merge combines the batches and measures the duality bound.
   */
  public SimulationPlan<BookValuation> plan(List<ResolvedWarrant> book, List<Financing> financings,
      CorporateEvents events, MarketData market, SimulationSettings settings) {
    ResolvedBook resolved = ResolvedBook.of(book, financings, events, market, settings.earlyExercise().datesPerYear());
    Valuation valuation = new Valuation(book, financings, events, market, settings, resolved);
    double[] counts = Arrays.copyOf(book.stream().mapToDouble(w -> w.warrant().count()).toArray(),
        book.size() + resolved.statisticsOutputs());
    if (!resolved.earlyExercise()) {
      PathPayoff payoff = resolved.pathDependent() ? ResetWarrantPayoff.withStatistics(resolved)
          : new EuropeanWarrantPayoff(resolved);
      BlockedRun run = MonteCarloEngine.DEFAULT.blocked(payoff, counts, settings);
      return new SimulationPlan<>(List.of(run), results -> valuation.of(results.get(0), Optional.empty(),
          Optional.empty(), Optional.empty()));
    }
    PolicyBatches.Plan batches = new PolicyBatches(ResetWarrantPayoff.withStatistics(resolved), settings)
        .plan(counts);
    return new SimulationPlan<>(batches.runs(), results -> {
      SimulationResult result = PolicyBatches.combine(results);
      long dates = IntStream.range(0, book.size()).mapToLong(resolved::exerciseDates).sum();
      Optional<DualityBudget> budget = DualityBudget.of(settings.earlyExercise(), result.simulatedPaths(), dates);
      Optional<DualityBound.Gaps> gaps = budget.map(b -> b.bound(new ResetWarrantPayoff(resolved),
          batches.policies().get(0)).gaps(settings.seed(), IntStream.range(0, book.size())
          .mapToDouble(j -> result.outputs().get(j).value()).toArray(), settings.threads()));
      return valuation.of(result, Optional.of(batches.layout()), gaps, budget);
    });
  }

  /** What the valuation of a book is made from, besides the simulation's result. */
  private record Valuation(List<ResolvedWarrant> book, List<Financing> financings, CorporateEvents events,
      MarketData market, SimulationSettings settings, ResolvedBook resolved) {

    BookValuation of(SimulationResult result, Optional<ExercisedPayoff> exercised, Optional<DualityBound.Gaps> gaps,
        Optional<DualityBudget> budget) {
      double combination = events.combinationProbability();
      double[] counts = book.stream().mapToDouble(w -> w.warrant().count()).toArray();
      List<TrancheValuation> tranches = new ArrayList<>(book.size());
      for (int i = 0; i < book.size(); i++) {
        ResolvedWarrant warrant = book.get(i);
        Estimate perWarrant = result.outputs().get(i).times(combination);
        int tranche = i;
        int first = exercised.map(walked -> walked.statisticsOf(tranche)).orElse(-1);
        Optional<ExerciseBounds> bounds = gaps.flatMap(g -> budget.map(b -> ExerciseBounds.of(perWarrant,
            g.gaps().get(tranche).times(combination), b.outerPaths(), (int) Math.round(g.continuationsPerDate()))));
        Optional<TranchePathStatistics> pathStatistics = TranchePathStatistics.tallied(result, book.size())
            ? Optional.of(TranchePathStatistics.of(result, i)) : Optional.empty();
        tranches.add(new TrancheValuation(warrant, perWarrant, perWarrant.times(counts[i]),
            closedForm(warrant, financings, events, market),
            statistics(result, first, resolved.exerciseDates(i), bounds),
            contingencies(result, resolved, i, combination), pathStatistics));
      }
      return new BookValuation(market, settings, tranches, result.total().times(combination),
          result.simulatedPaths());
    }
  }

  /** Replays path {@code pathIndex} of the run {@code settings} describes, with every event on it. */
  public PathExplanation explain(List<ResolvedWarrant> book, List<Financing> financings, MarketData market,
      SimulationSettings settings, long pathIndex) {
    return explain(book, financings, CorporateEvents.NONE, market, settings, pathIndex);
  }

  /**
   * Replays path {@code pathIndex} of the run {@code settings} describes, under its batch's policy where the
   * book is exercised early, given the business combination where the book is contingent on one.
   */
  public PathExplanation explain(List<ResolvedWarrant> book, List<Financing> financings, CorporateEvents events,
      MarketData market, SimulationSettings settings, long pathIndex) {
    return PathReplay.of(book, financings, events, market, settings).explain(pathIndex);
  }

  /**
   * Replays the first path of the run {@code settings} describes whose events {@code wanted} accepts (a reset, a
   * financing, an early exercise); empty when no path of the run has them.
   */
  public Optional<PathExplanation> first(List<ResolvedWarrant> book, List<Financing> financings,
      CorporateEvents events, MarketData market, SimulationSettings settings, Predicate<List<PathEvent>> wanted) {
    return PathReplay.of(book, financings, events, market, settings).first(wanted);
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
