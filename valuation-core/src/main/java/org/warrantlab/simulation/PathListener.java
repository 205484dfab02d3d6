package org.warrantlab.simulation;

/**
 * Hears what happens on a path as the walk goes: the replay of {@code explain} listens, a valuation does
 * not ({@link #SILENT}). Steps are grid steps (-1: the valuation date), tranches their index in the book.
 */
interface PathListener {

  /** Hears nothing: the listener of every valuation. */
  PathListener SILENT = new PathListener() {
  };

  /** A new path begins, before anything happens on it. */
  default void pathStarted() {
  }

  /** The path has ended: every tranche has settled. */
  default void pathEnded() {
  }

  /** A financing on {@code step}; see {@link PathEvent.FinancingEvent} for the figures. */
  default void financing(int step, int financing, double close, double vwap, double issuePrice, double shares,
      double sharesOutstandingAfter, double priceAfter) {
  }

  /** A change of tranche {@code tranche}'s terms on {@code step}, for {@code cause}. */
  default void reset(int step, int tranche, String cause, double exercisePriceBefore, double exercisePriceAfter,
      double sharesPerWarrantBefore, double sharesPerWarrantAfter) {
  }

  /**
   * A redemption notice for tranche {@code tranche} on {@code step}: {@code hits} of the window's
   * {@code window} closes were at or above {@code triggerPrice}; the redemption is on {@code redemptionStep}.
   */
  default void notice(int step, int tranche, double triggerPrice, int hits, int window, int redemptionStep) {
  }

  /**
   * Tranche {@code tranche} redeemed on {@code step} at share price {@code sharePrice}; the holder took
   * {@code taken}, worth {@code discountedPayoff} per warrant ({@code fairMarketValue} is NaN and
   * {@code makeWholeShares} 0 without a make-whole table).
   */
  default void redemption(int step, int tranche, double sharePrice, double fairMarketValue, double makeWholeShares,
      HolderChoice taken, double discountedPayoff) {
  }

  /**
   * A fundamental transaction on {@code step}: tranche {@code tranche}'s Black–Scholes value per warrant at
   * {@code volatility}, against the value of holding on; {@code taken} when the holder takes it.
   */
  default void fundamentalTransaction(int step, int tranche, double sharePrice, double volatility,
      double blackScholesValue, double holdValue, boolean taken) {
  }

  /** Tranche {@code tranche}'s exercise value on {@code step}, early or at expiry, discounted per warrant. */
  default void settlement(int step, int tranche, boolean early, double sharePrice, double exercisePrice,
      double sharesPerWarrant, double dilutionFactor, double discountedPayoff) {
  }
}
