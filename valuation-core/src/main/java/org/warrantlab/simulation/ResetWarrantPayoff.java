package org.warrantlab.simulation;

import java.util.function.Consumer;
import org.warrantlab.closedform.ClosedFormWarrantPricer;
import org.warrantlab.exercise.ExercisablePaths;
import org.warrantlab.exercise.ExerciseDecision;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.montecarlo.PathPayoff;
import org.warrantlab.montecarlo.PathTally;
import org.warrantlab.process.GbmPathBuilder;
import org.warrantlab.process.NormalLayout;

/**
 * A book of warrants whose terms change along each path: simulated financings trigger the tranches'
 * anti-dilution clauses, scheduled resets apply on their dates, and each tranche pays
 * {@code m × dilution × max(S_T - X, 0)} on the terms standing at expiry, or on the terms standing on
 * the date its holder exercises it early. The path visits only the steps of its {@link ResolvedBook}, and
 * each thread walks it with a {@link BookWalk}. Each tranche's control variate is its payoff on the
 * original terms at expiry at the share price without financing effects, whose expectation is the
 * Black–Scholes value.
 *
 * <p>Normals per path: first those of the financing draws, in input order, then one per grid step.
 * Within a day: financings in input order, then scheduled resets, then exercise decisions, then expiries.
 * An exercise does not move the share price or the share count the path goes on with.
 */
public final class ResetWarrantPayoff implements PathPayoff, ExercisablePaths {

  private final ResolvedBook book;
  private final GbmPathBuilder path;
  private final double[] controlExpectations;
  private final int statistics;

  /** The tranches' payoffs alone, one output each. */
  public ResetWarrantPayoff(ResolvedBook book) {
    this(book, false);
  }

  private ResetWarrantPayoff(ResolvedBook book, boolean withStatistics) {
    this.book = book;
    this.path = new GbmPathBuilder(book.process(), book.layout().brownianSteps());
    this.statistics = withStatistics ? book.statisticsOutputs() : 0;
    this.controlExpectations = new double[book.tranches() + statistics];
    for (int j = 0; j < book.tranches(); j++) {
      controlExpectations[j] = ClosedFormWarrantPricer.DEFAULT.europeanPerWarrant(book.tranche(j).resolved(),
          book.market());
    }
  }

  /** The tranches' payoffs followed by their {@link ResolvedBook#statisticsOutputs() statistics}. */
  public static ResetWarrantPayoff withStatistics(ResolvedBook book) {
    return new ResetWarrantPayoff(book, true);
  }

  @Override
  public int dimension() {
    return book.dimension();
  }

  @Override
  public int outputs() {
    return book.tranches() + statistics;
  }

  @Override
  public NormalLayout layout() {
    return book.layout();
  }

  @Override
  public PathEvaluator newEvaluator() {
    return new BookWalk(book, path, ExerciseDecision.NEVER, PathListener.SILENT, statistics > 0);
  }

  @Override
  public Walker newWalker(ExerciseDecision decision) {
    return new BookWalk(book, path, decision, PathListener.SILENT, statistics > 0);
  }

  /** Per tranche, the {@link TrancheEventTally} quantities: financings, resets and reset prices. */
  @Override
  public int tallies() {
    return TrancheEventTally.QUANTITIES * book.tranches();
  }

  @Override
  public PathEvaluator newEvaluator(PathTally tally) {
    return new BookWalk(book, path, ExerciseDecision.NEVER, new TrancheEventTally(book.tranches(), tally),
        statistics > 0);
  }

  @Override
  public Walker newWalker(ExerciseDecision decision, PathTally tally) {
    return new BookWalk(book, path, decision, new TrancheEventTally(book.tranches(), tally), statistics > 0);
  }

  @Override
  public double[] exerciseTimes(int output) {
    return output < book.tranches() ? book.tranche(output).exercise().times() : new double[0];
  }

  @Override
  public double immediateExerciseValue(int output) {
    if (output >= book.tranches()) {
      return Double.NaN;
    }
    ResolvedTranche tranche = book.tranche(output);
    if (!tranche.exercise().onValuationDate()) {
      return Double.NaN;
    }
    Warrant warrant = tranche.warrant();
    return warrant.sharesPerWarrant() * tranche.staticDilution()
        * Math.max(book.market().spot() - warrant.exercisePrice(), 0);
  }

  @Override
  public double regressionUnit(int output, int date) {
    return book.tranche(output).exercise().regressionUnit(date);
  }

  /**
   * The financing and transaction draws (kept, so a continued path meets the same financings and transaction)
   * and the steps through the date.
   */
  @Override
  public int normalsThrough(int output, int date) {
    return book.leadingNormals() + book.tranche(output).exercise().step(date) + 1;
  }

  /**
   * With no financing, no scheduled reset, no redemption and no transaction, the terms stand and the control
   * is the European payoff held.
   */
  @Override
  public boolean controlsAreHoldValues() {
    return book.financings().length == 0 && book.scheduledResets().length == 0 && book.redemptions().length == 0
        && book.transaction().isEmpty();
  }

  @Override
  public double[] controlExpectations() {
    return controlExpectations.clone();
  }

  /**
   * Replays one path, reporting each financing, reset, exercise and expiry to {@code log}, with the
   * holder deciding by {@code decision}; returns the payoffs.
   */
  public double[] explain(double[] normals, ExerciseDecision decision, Consumer<PathEvent> log) {
    double[] payoffs = new double[outputs()];
    new BookWalk(book, path, decision, new PathEventLog(book, log), statistics > 0).evaluate(normals, payoffs,
        new double[outputs()]);
    return payoffs;
  }
}
