package org.warrantlab.process;

/**
 * Walks one path at a time along a grid by the exact log scheme of {@link GbmPathBuilder}: advances the
 * log price every step, records each step's log close, and hands the contract only the steps it asks for
 * (its busy steps), so that a contract never steps the price itself and a quiet step costs one normal and
 * one store. A contract may move the path (a post-money share issue): every later close is moved by the
 * same log jump, while the contract is still given the unmoved price. One per thread.
 */
public final class PathWalker {

  /**
   * What the path is walked for: the contract reads the price on its busy steps only. It acts on the
   * valuation date itself, before the walk, which keeps the walk small enough to be compiled into its
   * caller's loop.
   */
  @FunctionalInterface
  public interface Contract {

    /**
     * Acts on busy step {@code step}, whose log price without the path's moves is {@code logPrice} (its
     * close, moves included, is {@link PathWalker#logClose}); returns the next busy step, after this one.
     */
    int onStep(int step, double logPrice);
  }

  private final GbmPathBuilder path;
  private final double[] logCloses;
  private double logJump;

  public PathWalker(GbmPathBuilder path) {
    this.path = path;
    this.logCloses = new double[path.steps()];
  }

  /**
   * Walks the path of {@code normals}, one normal per step from {@code from}, for {@code contract}, whose
   * first busy step is {@code firstBusy} (the contract has acted on the valuation date).
   */
  public void walk(double[] normals, int from, int firstBusy, Contract contract) {
    logJump = 0;
    double logPrice = path.logSpot();
    int steps = logCloses.length;
    int busy = firstBusy;
    for (int step = 0; step < steps; step++) {
      logPrice = path.advance(step, logPrice, normals[from + step]);
      logCloses[step] = logPrice + logJump;
      if (step >= busy) {
        busy = contract.onStep(step, logPrice);
      }
    }
  }

  /** The log close of {@code step} on this path, with the moves made before it. */
  public double logClose(int step) {
    return logCloses[step];
  }

  /** Moves the rest of the path: the closes after this step are higher by {@code jump} in log. */
  public void move(double jump) {
    logJump += jump;
  }
}
