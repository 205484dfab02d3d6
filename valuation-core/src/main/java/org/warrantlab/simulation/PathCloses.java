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
