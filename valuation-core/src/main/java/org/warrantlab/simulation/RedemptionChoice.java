package org.warrantlab.simulation;

import java.util.Optional;
import org.warrantlab.instrument.MakeWholeTable;

/**
 * The holder's choice on a redemption date, on the terms standing then: exercise for cash when the
 * exercise value is worth more than the redemption price, exercise cashless for the make-whole shares
 * where the right offers them and they are worth more still, otherwise take the redemption price.
 */
final class RedemptionChoice {

  private final PathTerms terms;
  private final PathCloses closes;

  RedemptionChoice(PathTerms terms, PathCloses closes) {
    this.terms = terms;
    this.closes = closes;
  }

  /**
   * The discounted payoff per warrant of tranche {@code j} redeemed on {@code step} under {@code right},
   * noticed on its day {@code noticeDay}; tells {@code listener} the choice.
   */
  double payoff(ResolvedRedemption right, int noticeDay, int step, int j, PathListener listener) {
    double price = closes.close(step);
    double dilution = terms.dilution(j);
    double exercise = terms.sharesPerWarrant(j) * dilution * Math.max(price - terms.exercisePrice(j), 0);
    double best = right.terms().price();
    HolderChoice taken = HolderChoice.REDEMPTION_PRICE;
    if (exercise > best) {
      best = exercise;
      taken = HolderChoice.EXERCISE;
    }
    double fairMarketValue = Double.NaN;
    double makeWholeShares = 0;
    Optional<MakeWholeTable> table = right.makeWhole();
    if (table.isPresent()) {
      fairMarketValue = fairMarketValue(right, noticeDay);
      makeWholeShares = table.get().shares(fairMarketValue, right.monthsToExpiry(noticeDay));
      double makeWhole = makeWholeShares * dilution * price;
      if (makeWhole > best) {
        best = makeWhole;
        taken = HolderChoice.MAKE_WHOLE;
      }
    }
    double payoff = right.discount(noticeDay) * best;
    listener.redemption(step, j, price, fairMarketValue, makeWholeShares, taken, payoff);
    return payoff;
  }

  /** The average close of the make-whole days after the notice; the notice day's close when there are none. */
  private double fairMarketValue(ResolvedRedemption right, int noticeDay) {
    int last = right.fairValueLastDay(noticeDay);
    if (last == noticeDay) {
      return close(right, noticeDay);
    }
    double sum = 0;
    for (int day = noticeDay + 1; day <= last; day++) {
      sum += close(right, day);
    }
    return sum / (last - noticeDay);
  }

  /** The close of a day after a notice, which is after the valuation date and so on the grid. */
  private double close(ResolvedRedemption right, int day) {
    return closes.close(right.step(day));
  }
}
