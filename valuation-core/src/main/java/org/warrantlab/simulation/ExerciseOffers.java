package org.warrantlab.simulation;

import java.util.Arrays;
import java.util.function.DoubleSupplier;
import org.warrantlab.exercise.ExerciseDecision;
import org.warrantlab.math.Transcendentals;

/**
 * The holders' exercise decisions on a path: on each exercise date before expiry (and the valuation date)
 * of a tranche not yet exercised and in the money, the decision is asked, and an exercised tranche pays
 * its discounted exercise value on the terms standing that day. One per walk.
 */
final class ExerciseOffers {

  private final ResolvedBook book;
  private final OfferSchedule offers;
  private final PathTerms terms;
  private final ExerciseDecision decision;
  private final PathListener listener;
  private final HoldValue holdValue = new HoldValue();
  /** Per tranche, the exercise price whose log {@link #logExercisePrices} holds (NaN: none yet). */
  private final double[] loggedExercisePrices;
  private final double[] logExercisePrices;

  ExerciseOffers(ResolvedBook book, PathTerms terms, ExerciseDecision decision, PathListener listener) {
    this.book = book;
    this.offers = book.offers();
    this.terms = terms;
    this.decision = decision;
    this.listener = listener;
    this.loggedExercisePrices = new double[book.tranches()];
    this.logExercisePrices = new double[book.tranches()];
    Arrays.fill(loggedExercisePrices, Double.NaN);
  }

  /** Offers exercise on the valuation date to the tranches exercisable then. */
  void offerNow(double[] payoffs) {
    for (int j = 0; j < book.tranches(); j++) {
      if (book.tranche(j).exercise().onValuationDate()) {
        offer(j, -1, payoffs);
      }
    }
  }

  /** Makes the offers of {@code step} from the {@code next}-th on; returns the index of the next one due. */
  int offerOn(int step, int next, double[] payoffs) {
    while (next < offers.size() && offers.step(next) == step) {
      int tranche = offers.tranche(next);
      if (!terms.exercised(tranche)) {
        offer(tranche, offers.date(next), payoffs);
      }
      next++;
    }
    return next;
  }

  /**
   * Whether every offer due on {@code step} from the {@code next}-th on is to a tranche already exercised or
   * surely out of the money, as the step's log close tells without its exp; false where unsure.
   */
  boolean outOfTheMoney(int step, int next, PathCloses closes) {
    for (int i = next; i < offers.size() && offers.step(i) == step; i++) {
      int j = offers.tranche(i);
      if (!terms.exercised(j) && !closes.surelyAtOrBelow(step, terms.exercisePrice(j), logExercisePrice(j))) {
        return false;
      }
    }
    return true;
  }

  /** Passes over the offers of {@code step} from the {@code next}-th on; returns the index of the next one due. */
  int skip(int step, int next) {
    while (next < offers.size() && offers.step(next) == step) {
      next++;
    }
    return next;
  }

  /** The log of tranche {@code j}'s standing exercise price, taken again only when a reset changed it. */
  private double logExercisePrice(int j) {
    double exercisePrice = terms.exercisePrice(j);
    if (exercisePrice != loggedExercisePrices[j]) {
      loggedExercisePrices[j] = exercisePrice;
      logExercisePrices[j] = Transcendentals.log(exercisePrice);
    }
    return logExercisePrices[j];
  }

  /** The step of the {@code next}-th offer, or {@code none} when no offer is left. */
  int stepOf(int next, int none) {
    return next < offers.size() ? offers.step(next) : none;
  }

  /** Asks the holder whether to exercise tranche {@code j} on its exercise date {@code date} (-1: today). */
  private void offer(int j, int date, double[] payoffs) {
    double intrinsic = Math.max(terms.price() - terms.exercisePrice(j), 0);
    if (intrinsic == 0) {
      return;
    }
    TrancheExercise exercise = book.tranche(j).exercise();
    double dilution = terms.dilution(j);
    double sharesValued = terms.sharesPerWarrant(j) * dilution;
    double value = exercise.discount(date) * sharesValued * intrinsic;
    if (value <= 0) {
      return;
    }
    holdValue.set(j, date, sharesValued);
    if (decision.exercise(j, date, value, holdValue)) {
      terms.exercise(j);
      payoffs[j] = value;
      listener.settlement(date < 0 ? -1 : exercise.step(date), j, true, terms.price(), terms.exercisePrice(j),
          terms.sharesPerWarrant(j), dilution, value);
    }
  }

  /** The hold value of the tranche being offered exercise, computed only if the decision asks. */
  private final class HoldValue implements DoubleSupplier {
    private int tranche;
    private int date;
    private double sharesValued;

    void set(int newTranche, int newDate, double newSharesValued) {
      tranche = newTranche;
      date = newDate;
      sharesValued = newSharesValued;
    }

    @Override
    public double getAsDouble() {
      return book.tranche(tranche).exercise().holdValue(date, terms.price(), terms.exercisePrice(tranche),
          sharesValued);
    }
  }
}
