package org.warrantlab.simulation;

import org.warrantlab.math.Transcendentals;
import org.warrantlab.process.PathWalker;

/**
 * The closes of one path's grid steps, for the look-backs that read them. The walker records each step's
 * log close, a cheap store; the exp is taken only when a close is read (a VWAP look-back, an event), so a
 * step nothing reads costs no exp. A close a post-money financing moved is kept as moved. One per walk:
 * {@link #newPath()} starts the next path without clearing anything.
 */
final class PathCloses {

  /** Relative margin in logs far above the rounding of {@code exp} and {@code log} (a few 1e-16). */
  private static final double LOG_ROUNDING_MARGIN = 1e-12;

  private final PathSchedule schedule;
  private final PathWalker walker;
  private final double spot;
  private final double[] movedCloses;
  private final long[] movedOnPath;
  private long path;

  PathCloses(PathSchedule schedule, PathWalker walker, double spot) {
    this.schedule = schedule;
    this.walker = walker;
    this.spot = spot;
    this.movedCloses = new double[schedule.steps()];
    this.movedOnPath = new long[schedule.steps()];
  }

  /** Forgets the closes moved on the previous path. */
  void newPath() {
    path++;
  }

  /** The close of {@code step} is {@code price} from now on this path (a post-money financing moved it). */
  void move(int step, double price) {
    movedCloses[step] = price;
    movedOnPath[step] = path;
  }

  /** The close of {@code step} on this path. */
  double close(int step) {
    return movedOnPath[step] == path ? movedCloses[step] : Transcendentals.exp(walker.logClose(step));
  }

  /**
   * Whether the close of {@code step} is certainly at or below {@code price}, whose log is {@code logPrice},
   * told without the exp where the log close lies below by far more than the exp's and the log's rounding;
   * false where unsure.
   */
  boolean surelyAtOrBelow(int step, double price, double logPrice) {
    if (movedOnPath[step] == path) {
      return movedCloses[step] <= price;
    }
    return surelyBelow(walker.logClose(step), logPrice);
  }

  /**
   * Whether {@code logClose} lies below {@code logPrice} by so much that the exp of the one is below the price
   * whose log is the other, whatever their rounding.
   */
  static boolean surelyBelow(double logClose, double logPrice) {
    return logClose < logPrice - LOG_ROUNDING_MARGIN * (1 + Math.abs(logPrice));
  }

  /**
   * Whether the close of {@code step} is at or above {@code price}, whose log is {@code logPrice}: compared
   * in logs, so that a day nothing else reads costs no exp.
   */
  boolean atOrAbove(int step, double price, double logPrice) {
    return movedOnPath[step] == path ? movedCloses[step] >= price : walker.logClose(step) >= logPrice;
  }

  /**
   * Average close of the {@code days} trading days ending on {@code step}, read from the trading-day steps
   * alone (a weekend date on the grid is not one of them); days before the grid read the spot.
   */
  double vwap(int step, int days) {
    int simulated = schedule.simulatedLookbackDays(step, days);
    double sum = (days - simulated) * spot;
    for (int back = simulated - 1; back >= 0; back--) {
      sum += close(schedule.tradingStepBefore(step, back));
    }
    return sum / days;
  }
}
