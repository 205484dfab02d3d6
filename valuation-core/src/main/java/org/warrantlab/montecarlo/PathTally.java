package org.warrantlab.montecarlo;

import java.util.Arrays;
import org.warrantlab.check.Checks;

/**
 * Sums over a run's paths of quantities a payoff tallies besides its payoffs: counts of events (a financing,
 * a reset, a redemption) and sums of what they set (a reset price), by index. The engine keeps one tally per
 * block, weighs each path's additions by the path's likelihood weight (1 for pseudo-random paths), and merges
 * the blocks' tallies in block order, so the sums are bit-identical on any thread count. Each simulated path
 * counts once: a path and its antithetic mirror are two paths.
 */
public final class PathTally {

  private final double[] sums;
  private double weight = 1;

  /** A tally of {@code size} quantities, all zero. */
  public PathTally(int size) {
    this.sums = new double[(int) Checks.nonNegative(size, "size")];
  }

  /** How many quantities it sums. */
  public int size() {
    return sums.length;
  }

  /** Adds {@code amount}, times the current path's weight, to quantity {@code quantity}. */
  public void add(int quantity, double amount) {
    sums[quantity] += weight * amount;
  }

  /** The sum of quantity {@code quantity} over the paths tallied. */
  public double sum(int quantity) {
    return sums[quantity];
  }

  /** The likelihood weight of the paths evaluated from now on. */
  void weigh(double pathWeight) {
    weight = pathWeight;
  }

  /** Writes the sums into {@code state} from {@code offset}: a block's tally as plain numbers, to travel. */
  void writeTo(double[] state, int offset) {
    System.arraycopy(sums, 0, state, offset, sums.length);
  }

  /** Adds another block's sums, written by {@link #writeTo} at {@code offset}; called in block order. */
  void mergeFrom(double[] state, int offset) {
    for (int q = 0; q < sums.length; q++) {
      sums[q] += state[offset + q];
    }
  }

  /** Equal when every sum has the same bits. */
  @Override
  public boolean equals(Object other) {
    return other instanceof PathTally tally && Arrays.equals(sums, tally.sums);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sums);
  }

  @Override
  public String toString() {
    return "PathTally" + Arrays.toString(sums);
  }
}
