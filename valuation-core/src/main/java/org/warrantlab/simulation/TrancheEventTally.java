package org.warrantlab.simulation;

import java.util.Arrays;
import org.warrantlab.montecarlo.PathTally;

/**
 * Tallies, per tranche and path, whether a financing happened while the tranche was outstanding, whether its
 * anti-dilution clause reset it, and the exercise price the clause last set: three quantities per tranche, in
 * that order from {@code QUANTITIES × tranche}. Their means over the paths are the share of paths with a
 * financing, the share with a reset, and the mean reset price times the reset share.
 */
final class TrancheEventTally implements PathListener {

  /** Quantities per tranche. */
  static final int QUANTITIES = 3;
  static final int FINANCED = 0;
  static final int RESET = 1;
  static final int RESET_PRICE = 2;

  private final PathTally tally;
  private final boolean[] settled;
  private final boolean[] financed;
  private final boolean[] reset;
  private final double[] resetPrice;

  TrancheEventTally(int tranches, PathTally tally) {
    this.tally = tally;
    this.settled = new boolean[tranches];
    this.financed = new boolean[tranches];
    this.reset = new boolean[tranches];
    this.resetPrice = new double[tranches];
  }

  @Override
  public void pathStarted() {
    Arrays.fill(settled, false);
    Arrays.fill(financed, false);
    Arrays.fill(reset, false);
  }

  @Override
  public void financing(int step, int financing, double close, double vwap, double issuePrice, double shares,
      double sharesOutstandingAfter, double priceAfter) {
    for (int j = 0; j < settled.length; j++) {
      financed[j] |= !settled[j];
    }
  }

  @Override
  public void reset(int step, int tranche, String cause, double exercisePriceBefore, double exercisePriceAfter,
      double sharesPerWarrantBefore, double sharesPerWarrantAfter) {
    if (cause.equals(FinancingRound.CAUSE)) {
      reset[tranche] = true;
      resetPrice[tranche] = exercisePriceAfter;
    }
  }

  @Override
  public void settlement(int step, int tranche, boolean early, double sharePrice, double exercisePrice,
      double sharesPerWarrant, double dilutionFactor, double discountedPayoff) {
    settled[tranche] = true;
  }

  @Override
  public void pathEnded() {
    for (int j = 0; j < settled.length; j++) {
      int at = QUANTITIES * j;
      tally.add(at + FINANCED, financed[j] ? 1 : 0);
      tally.add(at + RESET, reset[j] ? 1 : 0);
      tally.add(at + RESET_PRICE, reset[j] ? resetPrice[j] : 0);
    }
  }
}
