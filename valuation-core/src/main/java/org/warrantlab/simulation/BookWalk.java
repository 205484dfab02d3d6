package org.warrantlab.simulation;

import org.warrantlab.exercise.ExercisablePaths;
import org.warrantlab.exercise.ExerciseDecision;
import org.warrantlab.math.Transcendentals;
import org.warrantlab.montecarlo.PathPayoff;
import org.warrantlab.process.GbmPathBuilder;
import org.warrantlab.process.PathWalker;

/**
 * One thread's walk of a book's paths: draws the path's financings, then lets the {@link PathWalker} step
 * the share price and, on each busy step, applies in this order the financings of the day, the scheduled
 * resets, the exercise offers and the expiries. Busy steps are the days of those; the walker only
 * advances the price over the others.
 */
final class BookWalk implements PathWalker.Contract, PathPayoff.PathEvaluator, ExercisablePaths.Walker {

  private final ResolvedBook book;
  private final PathWalker walker;
  private final PathTerms terms;
  private final PathCloses closes;
  private final FinancingRound financing;
  private final ScheduledResets resets;
  private final ExerciseOffers offers;
  private final Settlement settlement;
  private final RedemptionWatch redemptions;
  private final TransactionPut transaction;
  private final int[] eventSteps;
  private final int[] eventFinancing;
  /** Whether the walk writes the redemption and transaction statistics after the payoffs. */
  private final boolean statistics;
  private final PathListener listener;
  private int events;
  private int nextEvent;
  private int nextReset;
  private int nextOffer;
  private int nextSettle;
  /** The next step something besides the redemption watch reads the price. */
  private int nextOtherBusy;
  /**
   * Whether exercise offers are all that is due on {@link #nextOtherBusy}: when they are all out of the
   * money, that step needs no price and so no exp (the redemption watch reads its closes itself).
   */
  private boolean offersAlone;
  private double[] payoffs;
  private double[] controls;

  BookWalk(ResolvedBook book, GbmPathBuilder path, ExerciseDecision decision, PathListener listener,
      boolean statistics) {
    this.book = book;
    this.statistics = statistics;
    this.listener = listener;
    this.walker = new PathWalker(path);
    this.terms = new PathTerms(book, listener);
    this.closes = new PathCloses(book.schedule(), walker, book.market().spot());
    this.financing = new FinancingRound(book, terms, closes, walker, listener);
    this.resets = new ScheduledResets(book, terms, closes);
    this.offers = new ExerciseOffers(book, terms, decision, listener);
    this.settlement = new Settlement(book, terms, listener);
    this.redemptions = new RedemptionWatch(book, closes, terms, listener);
    this.transaction = new TransactionPut(book, walker, terms, listener);
    this.eventSteps = new int[book.maxFinancings()];
    this.eventFinancing = new int[book.maxFinancings()];
  }

  @Override
  public void walk(double[] normals, double[] payoffs, double[] controls) {
    evaluate(normals, payoffs, controls);
  }

  @Override
  public void evaluate(double[] normals, double[] newPayoffs, double[] newControls) {
    payoffs = newPayoffs;
    controls = newControls;
    events = FinancingDraws.drawAll(book.financings(), normals, eventSteps, eventFinancing);
    listener.pathStarted();
    transaction.newPath(normals);
    walker.walk(normals, book.leadingNormals(), start(), this);
    listener.pathEnded();
    if (statistics) {
      recordStatistics();
    }
  }

  /** Writes each tranche's redemption and fundamental-transaction statistics after the payoffs, when asked. */
  private void recordStatistics() {
    for (int j = 0, at = book.tranches(); j < book.tranches(); j++, at += ResolvedBook.CONTINGENCY_STATISTICS) {
      double years = redemptions.paidYears(j);
      boolean redeemed = !Double.isNaN(years);
      payoffs[at] = redeemed ? 1 : 0;
      payoffs[at + 1] = redeemed ? years : 0;
      payoffs[at + 2] = transaction.taken(j) ? 1 : 0;
      controls[at] = 0;
      controls[at + 1] = 0;
      controls[at + 2] = 0;
    }
  }

  /** Acts on the valuation date; returns the first busy step. */
  private int start() {
    terms.newPath();
    nextEvent = 0;
    nextReset = resets.apply(-1, 0);
    offers.offerNow(payoffs);
    nextOffer = 0;
    nextSettle = settlement.settle(-1, terms.price(), 0, payoffs, controls);
    closes.newPath();
    redemptions.newPath();
    return nextBusyStep();
  }

  @Override
  public int onStep(int step, double logPrice) {
    if (step < nextOtherBusy) {
      redemptions.onStep(step, payoffs);
      return Math.min(nextOtherBusy, redemptions.nextStep(nextOtherBusy));
    }
    if (offersAlone && offers.outOfTheMoney(step, nextOffer, closes)) {
      nextOffer = offers.skip(step, nextOffer);
      redemptions.onStep(step, payoffs);
      return nextBusyStep();
    }
    terms.price(closes.close(step));
    while (nextEvent < events && eventSteps[nextEvent] == step) {
      financing.apply(step, eventFinancing[nextEvent++]);
    }
    nextReset = resets.apply(step, nextReset);
    if (transaction.stepOf(-1) == step) {
      transaction.offer(step, terms.price(), payoffs);
    }
    nextOffer = offers.offerOn(step, nextOffer, payoffs);
    redemptions.onStep(step, payoffs);
    if (settlement.stepOf(nextSettle, -1) == step) {
      nextSettle = settlement.settle(step, Transcendentals.exp(logPrice), nextSettle, payoffs, controls);
    }
    return nextBusyStep();
  }

  /**
   * The first step from which something reads the price: the next financing, scheduled reset, exercise
   * offer, trigger day, redemption or expiry; the steps before it only advance the log price.
   */
  private int nextBusyStep() {
    int none = book.steps();
    int others = Math.min(nextEvent < events ? eventSteps[nextEvent] : none, resets.stepOf(nextReset, none));
    others = Math.min(others, transaction.stepOf(none));
    others = Math.min(others, settlement.stepOf(nextSettle, none));
    int offer = offers.stepOf(nextOffer, none);
    offersAlone = offer < others;
    nextOtherBusy = Math.min(offer, others);
    return redemptions.nextStep(nextOtherBusy);
  }
}
