package org.warrantlab.simulation;

import org.warrantlab.instrument.Warrant;

/**
 * The tranches' payoffs at expiry on a path, {@code m × dilution × max(S_T - X, 0)} discounted on the
 * terms standing then, and their control samples: the payoff on the original terms at the share price
 * without financing effects, whose expectation is the Black–Scholes value. One per walk.
 */
final class Settlement {

  private final ResolvedBook book;
  private final int[] order;
  /** The expiry step of each tranche in {@link #order}, read on every busy step. */
  private final int[] expirySteps;
  private final PathTerms terms;
  private final PathListener listener;

  Settlement(ResolvedBook book, PathTerms terms, PathListener listener) {
    this.book = book;
    this.order = book.settleOrder();
    this.expirySteps = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      expirySteps[i] = book.tranche(order[i]).expiryStep();
    }
    this.terms = terms;
    this.listener = listener;
  }

  /** The expiry step of the {@code next}-th tranche to settle, or {@code none} when all have settled. */
  int stepOf(int next, int none) {
    return next < order.length ? expirySteps[next] : none;
  }

  /**
   * Pays the tranches expiring at {@code step} from the {@code next}-th in order of expiry on; returns
   * the index of the next one. {@code unmovedPrice} is the share price without financing effects.
   */
  int settle(int step, double unmovedPrice, int next, double[] payoffs, double[] controls) {
    double controlPrice = step < 0 ? book.market().spot() : unmovedPrice;
    while (next < order.length && book.tranche(order[next]).expiryStep() == step) {
      int j = order[next++];
      ResolvedTranche tranche = book.tranche(j);
      Warrant warrant = tranche.warrant();
      controls[j] = tranche.discount() * warrant.sharesPerWarrant() * tranche.staticDilution()
          * Math.max(controlPrice - warrant.exercisePrice(), 0);
      if (terms.exercised(j)) {
        continue;
      }
      double dilution = terms.dilution(j);
      double price = terms.price();
      payoffs[j] = tranche.discount() * terms.sharesPerWarrant(j) * dilution
          * Math.max(price - terms.exercisePrice(j), 0);
      listener.settlement(step, j, false, price, terms.exercisePrice(j), terms.sharesPerWarrant(j), dilution,
          payoffs[j]);
    }
    return next;
  }
}
