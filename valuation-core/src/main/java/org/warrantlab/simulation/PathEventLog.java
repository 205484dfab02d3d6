package org.warrantlab.simulation;

import java.util.function.Consumer;

/** Hands each event of a replayed path to a consumer as a {@link PathEvent}, with its date and tranche id. */
final class PathEventLog implements PathListener {

  private final ResolvedBook book;
  private final Consumer<PathEvent> log;

  PathEventLog(ResolvedBook book, Consumer<PathEvent> log) {
    this.book = book;
    this.log = log;
  }

  @Override
  public void financing(int step, int financing, double close, double vwap, double issuePrice, double shares,
      double sharesOutstandingAfter, double priceAfter) {
    log.accept(new PathEvent.FinancingEvent(book.schedule().date(step), financing, close, vwap, issuePrice, shares,
        sharesOutstandingAfter, priceAfter));
  }

  @Override
  public void reset(int step, int tranche, String cause, double exercisePriceBefore, double exercisePriceAfter,
      double sharesPerWarrantBefore, double sharesPerWarrantAfter) {
    log.accept(new PathEvent.ResetEvent(book.schedule().date(step), id(tranche), cause, exercisePriceBefore,
        exercisePriceAfter, sharesPerWarrantBefore, sharesPerWarrantAfter));
  }

  @Override
  public void settlement(int step, int tranche, boolean early, double sharePrice, double exercisePrice,
      double sharesPerWarrant, double dilutionFactor, double discountedPayoff) {
    log.accept(new PathEvent.SettlementEvent(book.schedule().date(step), id(tranche), early, sharePrice,
        exercisePrice, sharesPerWarrant, dilutionFactor, discountedPayoff));
  }

  @Override
  public void notice(int step, int tranche, double triggerPrice, int hits, int window, int redemptionStep) {
    log.accept(new PathEvent.NoticeEvent(book.schedule().date(step), id(tranche), triggerPrice, hits, window,
        book.schedule().date(redemptionStep)));
  }

  @Override
  public void redemption(int step, int tranche, double sharePrice, double fairMarketValue, double makeWholeShares,
      HolderChoice taken, double discountedPayoff) {
    log.accept(new PathEvent.RedemptionEvent(book.schedule().date(step), id(tranche), sharePrice, fairMarketValue,
        makeWholeShares, taken, discountedPayoff));
  }

  @Override
  public void fundamentalTransaction(int step, int tranche, double sharePrice, double volatility,
      double blackScholesValue, double holdValue, boolean taken) {
    log.accept(new PathEvent.TransactionEvent(book.schedule().date(step), id(tranche), sharePrice, volatility,
        blackScholesValue, holdValue, taken));
  }

  private String id(int tranche) {
    return book.tranche(tranche).warrant().id();
  }
}
