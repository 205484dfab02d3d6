package org.warrantlab.simulation;

import java.util.Arrays;
import java.util.Optional;
import org.warrantlab.closedform.BlackScholes;
import org.warrantlab.event.FundamentalTransaction;
import org.warrantlab.math.Transcendentals;
import org.warrantlab.process.PathWalker;

/**
 * The holders' put on a fundamental transaction, on one path: on the day drawn, each outstanding tranche
 * not yet exercised takes its Black–Scholes value (volatility the greater of the floor and the historical
 * volatility of the path's last closes, over the remaining term, at the day's close) when that exceeds
 * the value of holding on (the same value at the market's volatility and rate). One per walk.
 */
final class TransactionPut {

  private final ResolvedBook book;
  private final PathSchedule schedule;
  private final PathWalker walker;
  private final PathTerms terms;
  private final PathListener listener;
  private final Optional<ResolvedTransaction> transaction;
  private int step;
  /** Per tranche, whether its holder took the Black–Scholes value on this path. */
  private final boolean[] taken;

  TransactionPut(ResolvedBook book, PathWalker walker, PathTerms terms, PathListener listener) {
    this.book = book;
    this.schedule = book.schedule();
    this.walker = walker;
    this.terms = terms;
    this.listener = listener;
    this.transaction = book.transaction();
    this.step = -1;
    this.taken = new boolean[book.tranches()];
  }

  /** Draws the transaction's day on the path of {@code normals}. */
  void newPath(double[] normals) {
    Arrays.fill(taken, false);
    step = transaction.isPresent() ? transaction.get().draw(normals[book.transactionNormal()]) : -1;
  }

  /** Whether tranche {@code j}'s holder took the Black–Scholes value on this path. */
  boolean taken(int j) {
    return taken[j];
  }

  /** The transaction's step, or {@code none} when it is not on this path. */
  int stepOf(int none) {
    return step < 0 ? none : step;
  }

  /** Offers the put on {@code day} (the transaction's step), at close {@code price}. */
  void offer(int day, double price, double[] payoffs) {
    ResolvedTransaction event = transaction.orElseThrow();
    FundamentalTransaction.BlackScholesValue terms = event.terms().value();
    double volatility = Math.max(terms.volatilityFloor(), historicalVolatility(day, terms.historicalDays()));
    double years = (schedule.date(day).toEpochDay() - schedule.valuationDate().toEpochDay()) / 365.0;
    double discount = book.process().discountFactor(years);
    for (int j = 0; j < book.tranches(); j++) {
      ResolvedTranche tranche = book.tranche(j);
      if (!tranche.aliveOn(day) || this.terms.exercised(j)) {
        continue;
      }
      double expiry = tranche.resolved().timeToExpiry();
      double remaining = Math.max(expiry - years, 0);
      double sharesValued = this.terms.sharesPerWarrant(j) * this.terms.dilution(j);
      double strike = this.terms.exercisePrice(j);
      double forwardRate = book.market().riskFreeRate().forwardRate(years, expiry);
      double put = BlackScholes.callPrice(price, strike, remaining,
          event.rate(book.market().riskFreeRate(), years, expiry), book.market().dividendYield(), volatility);
      double hold = BlackScholes.callPrice(price, strike, remaining, forwardRate, book.market().dividendYield(),
          book.market().volatility().forwardVolatility(years, expiry));
      taken[j] = put > hold;
      if (taken[j]) {
        this.terms.exercise(j);
        payoffs[j] = discount * sharesValued * put;
      }
      listener.fundamentalTransaction(day, j, price, volatility, sharesValued * put, sharesValued * hold, taken[j]);
    }
    step = -1;
  }

  /**
   * The annualised (252 days a year) volatility of the daily log returns of the {@code closes} trading-day
   * closes ending on {@code day} that lie after the valuation date, the spot counting as the close before
   * the first; the market's volatility when fewer than two such returns exist.
   */
  private double historicalVolatility(int day, int closes) {
    int simulated = schedule.simulatedLookbackDays(day, closes);
    int returns = Math.min(simulated, closes - 1);
    if (returns < 2) {
      return book.market().volatility().termVolatility(
          (schedule.date(day).toEpochDay() - schedule.valuationDate().toEpochDay()) / 365.0);
    }
    double sum = 0;
    double squares = 0;
    for (int back = returns - 1; back >= 0; back--) {
      double later = walker.logClose(schedule.tradingStepBefore(day, back));
      double earlier = back + 1 < simulated ? walker.logClose(schedule.tradingStepBefore(day, back + 1))
          : Transcendentals.log(book.market().spot());
      double change = later - earlier;
      sum += change;
      squares += change * change;
    }
    double mean = sum / returns;
    return Math.sqrt(Math.max(squares - returns * mean * mean, 0) / (returns - 1) * 252);
  }
}
