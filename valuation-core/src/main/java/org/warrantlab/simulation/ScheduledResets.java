package org.warrantlab.simulation;

import org.warrantlab.event.PriceRule;

/**
 * The one-off resets written into the tranches' contracts, on their days of a path: the exercise price
 * becomes the lesser of itself and the measured price. One per walk.
 */
final class ScheduledResets {

  static final String CAUSE = "scheduled reset";

  private final ResolvedBook.ScheduledStep[] scheduled;
  private final PathTerms terms;
  private final PathCloses closes;

  ScheduledResets(ResolvedBook book, PathTerms terms, PathCloses closes) {
    this.scheduled = book.scheduledResets();
    this.terms = terms;
    this.closes = closes;
  }

  /** Applies the resets of {@code step} from the {@code next}-th on; returns the index of the next one due. */
  int apply(int step, int next) {
    while (next < scheduled.length && scheduled[next].step() == step) {
      ResolvedBook.ScheduledStep entry = scheduled[next++];
      PriceRule rule = entry.reset().price();
      double price = terms.price();
      double vwap = rule.readsVwap() ? closes.vwap(step, rule.vwapDays()) : price;
      double measured = rule.measure(price, vwap);
      if (measured < terms.exercisePrice(entry.tranche())) {
        terms.change(entry.tranche(), step, measured, entry.reset().adjustShares(), CAUSE);
      }
    }
    return next;
  }

  /** The step of the {@code next}-th reset, or {@code none} when no reset is left. */
  int stepOf(int next, int none) {
    return next < scheduled.length ? scheduled[next].step() : none;
  }
}
