package org.warrantlab.simulation;

import org.warrantlab.instrument.Warrant;

/**
 * The terms of a book's tranches as they stand on one path, with the share price and the common shares
 * outstanding the path has reached: reset by {@link #newPath}, changed by resets, read by exercise and
 * settlement. One per walk.
 */
final class PathTerms {

  private final ResolvedBook book;
  private final PathListener listener;
  private final double[] exercisePrice;
  private final double[] sharesPerWarrant;
  private final int[] resets;
  private final boolean[] exercised;
  private double price;
  private double sharesOutstanding;

  PathTerms(ResolvedBook book, PathListener listener) {
    this.book = book;
    this.listener = listener;
    int tranches = book.tranches();
    this.exercisePrice = new double[tranches];
    this.sharesPerWarrant = new double[tranches];
    this.resets = new int[tranches];
    this.exercised = new boolean[tranches];
  }

  /** The contracts' terms, the spot and the valuation date's share count, for a new path. */
  void newPath() {
    for (int j = 0; j < exercisePrice.length; j++) {
      Warrant warrant = book.tranche(j).warrant();
      exercisePrice[j] = warrant.exercisePrice();
      sharesPerWarrant[j] = warrant.sharesPerWarrant();
      resets[j] = 0;
      exercised[j] = false;
    }
    sharesOutstanding = book.market().sharesOutstanding();
    price = book.market().spot();
  }

  double exercisePrice(int j) {
    return exercisePrice[j];
  }

  double sharesPerWarrant(int j) {
    return sharesPerWarrant[j];
  }

  /** Resets of tranche {@code j} by its anti-dilution clause so far on this path. */
  int resets(int j) {
    return resets[j];
  }

  boolean exercised(int j) {
    return exercised[j];
  }

  void exercise(int j) {
    exercised[j] = true;
  }

  /** The share price on the step being walked. */
  double price() {
    return price;
  }

  void price(double newPrice) {
    price = newPrice;
  }

  double sharesOutstanding() {
    return sharesOutstanding;
  }

  void issue(double shares) {
    sharesOutstanding += shares;
  }

  /** The dilution factor of tranche {@code j} at the path's current share count. */
  double dilution(int j) {
    Warrant warrant = book.tranche(j).warrant();
    return switch (warrant.dilution()) {
      case NONE -> 1.0;
      case SHARE_COUNT -> sharesOutstanding / (sharesOutstanding + warrant.count() * sharesPerWarrant[j]);
    };
  }

  /** Counts a reset of tranche {@code j} by its anti-dilution clause. */
  void countReset(int j) {
    resets[j]++;
  }

  /**
   * Lowers tranche {@code j}'s exercise price to {@code newPrice} on {@code step}, raising its shares per
   * warrant to keep the aggregate exercise price when {@code adjustShares}.
   */
  void change(int j, int step, double newPrice, boolean adjustShares, String cause) {
    double oldPrice = exercisePrice[j];
    double oldShares = sharesPerWarrant[j];
    if (adjustShares) {
      sharesPerWarrant[j] = oldShares * oldPrice / newPrice;
    }
    exercisePrice[j] = newPrice;
    listener.reset(step, j, cause, oldPrice, newPrice, oldShares, sharesPerWarrant[j]);
  }
}
