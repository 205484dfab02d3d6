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

  /** Tranche {@code tranche}'s exercise value on {@code step}, early or at expiry, discounted per warrant. */
  default void settlement(int step, int tranche, boolean early, double sharePrice, double exercisePrice,
      double sharesPerWarrant, double dilutionFactor, double discountedPayoff) {
  }
}
