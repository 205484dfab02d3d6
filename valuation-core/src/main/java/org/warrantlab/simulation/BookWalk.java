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
  private final int[] eventSteps;
  private final int[] eventFinancing;
  private int events;
  private int nextEvent;
  private int nextReset;
  private int nextOffer;
  private int nextSettle;
  private double[] payoffs;
  private double[] controls;

  BookWalk(ResolvedBook book, GbmPathBuilder path, ExerciseDecision decision, PathListener listener) {
    this.book = book;
    this.walker = new PathWalker(path);
    this.terms = new PathTerms(book, listener);
    this.closes = new PathCloses(book.schedule(), walker, book.market().spot());
    this.financing = new FinancingRound(book, terms, closes, walker, listener);
    this.resets = new ScheduledResets(book, terms, closes);
    this.offers = new ExerciseOffers(book, terms, decision, listener);
    this.settlement = new Settlement(book, terms, listener);
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
    walker.walk(normals, book.financingDimension(), start(), this);
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
    return nextBusyStep();
  }

  @Override
  public int onStep(int step, double logPrice) {
    terms.price(closes.close(step));
    while (nextEvent < events && eventSteps[nextEvent] == step) {
      financing.apply(step, eventFinancing[nextEvent++]);
    }
    nextReset = resets.apply(step, nextReset);
    nextOffer = offers.offerOn(step, nextOffer, payoffs);
    if (settlement.stepOf(nextSettle, -1) == step) {
      nextSettle = settlement.settle(step, Transcendentals.exp(logPrice), nextSettle, payoffs, controls);
    }
    return nextBusyStep();
  }

  /**
   * The first step from which something reads the price: the next financing, scheduled reset, exercise
   * offer or expiry; the steps before it only advance the log price.
   */
  private int nextBusyStep() {
    int none = book.steps();
    int busy = Math.min(nextEvent < events ? eventSteps[nextEvent] : none, resets.stepOf(nextReset, none));
    busy = Math.min(busy, offers.stepOf(nextOffer, none));
    return Math.min(busy, settlement.stepOf(nextSettle, none));
  }
}
