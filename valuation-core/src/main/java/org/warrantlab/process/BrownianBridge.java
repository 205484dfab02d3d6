package org.warrantlab.process;

import java.util.PriorityQueue;

/**
 * The Brownian bridge construction of a Brownian motion W on a {@link TimeGrid}, for quasi-random
 * sampling: the first normal fixes the point that carries the most variance, W(T) = √T z₀ at the last
 * time; each later one fixes, given the points already fixed, the grid point whose conditional variance
 * is largest (the one nearest the middle of the widest gap between fixed points), from the bridge between
 * its two fixed neighbours at times l &lt; t &lt; r:
 * {@code W(t) = ((r - t) W(l) + (t - l) W(r)) / (r - l) + √((t - l)(r - t) / (r - l)) z}, with W(0) = 0.
 *
 * <p>{@link #toIncrements} maps d normals in that order (most important first) to the d normals of the
 * increments, {@code (W(t_k) - W(t_{k-1})) / √(t_k - t_{k-1})}: if the inputs are independent standard
 * normals, so are the outputs, exactly, so a payoff written for increments is unchanged. The order,
 * indices and weights are fixed once; a path costs O(d) and allocates nothing. Immutable.
 */
public final class BrownianBridge {

  private final int[] point;
  private final int[] left;
  private final int[] right;
  private final double[] leftWeight;
  private final double[] rightWeight;
  private final double[] deviation;
  private final double[] inverseRootStep;

  public BrownianBridge(TimeGrid grid) {
    int size = grid.size();
    this.point = new int[size];
    this.left = new int[size];
    this.right = new int[size];
    this.leftWeight = new double[size];
    this.rightWeight = new double[size];
    this.deviation = new double[size];
    this.inverseRootStep = new double[size];
    for (int i = 0; i < size; i++) {
      inverseRootStep[i] = 1 / Math.sqrt(grid.stepLength(i));
    }
    if (size == 0) {
      return;
    }
    point[0] = size - 1;
    left[0] = -1;
    right[0] = -1;
    deviation[0] = Math.sqrt(grid.time(size - 1));
    PriorityQueue<Gap> gaps = new PriorityQueue<>();
    offer(gaps, grid, -1, size - 1);
    for (int k = 1; k < size; k++) {
      Gap gap = gaps.poll();
      double l = gap.left < 0 ? 0 : grid.time(gap.left);
      double r = grid.time(gap.right);
      double t = grid.time(gap.point);
      point[k] = gap.point;
      left[k] = gap.left;
      right[k] = gap.right;
      leftWeight[k] = (r - t) / (r - l);
      rightWeight[k] = (t - l) / (r - l);
      deviation[k] = Math.sqrt((t - l) * (r - t) / (r - l));
      offer(gaps, grid, gap.left, gap.point);
      offer(gaps, grid, gap.point, gap.right);
    }
  }

  /** Normals in and out per path: the grid's steps. */
  public int size() {
    return point.length;
  }

  /** The grid index fixed by bridge normal {@code k}. */
  public int pointOf(int k) {
    return point[k];
  }

  /**
   * Reads {@link #size()} bridge normals from {@code source} at {@code sourceFrom} (most important first)
   * and writes the increment normals of the same path to {@code target} at {@code targetFrom}, using
   * {@code workspace} (at least {@link #size()} long) for W at the grid times.
   */
  public void toIncrements(double[] source, int sourceFrom, double[] target, int targetFrom, double[] workspace) {
    int size = point.length;
    if (size == 0) {
      return;
    }
    workspace[point[0]] = deviation[0] * source[sourceFrom];
    for (int k = 1; k < size; k++) {
      double before = left[k] < 0 ? 0 : leftWeight[k] * workspace[left[k]];
      workspace[point[k]] = before + rightWeight[k] * workspace[right[k]] + deviation[k] * source[sourceFrom + k];
    }
    double previous = 0;
    for (int i = 0; i < size; i++) {
      target[targetFrom + i] = (workspace[i] - previous) * inverseRootStep[i];
      previous = workspace[i];
    }
  }

  /** {@link #toIncrements} into a new array, for a replay or a test. */
  public double[] toIncrementsOf(double[] source) {
    double[] increments = new double[point.length];
    toIncrements(source, 0, increments, 0, new double[point.length]);
    return increments;
  }

  /** Queues the gap between fixed indices {@code from} (-1: time 0) and {@code to}, if a grid point lies inside. */
  private static void offer(PriorityQueue<Gap> gaps, TimeGrid grid, int from, int to) {
    if (to - from < 2) {
      return;
    }
    double l = from < 0 ? 0 : grid.time(from);
    double r = grid.time(to);
    int best = nearestInside(grid, from, to, 0.5 * (l + r));
    double t = grid.time(best);
    gaps.add(new Gap(from, to, best, (t - l) * (r - t) / (r - l)));
  }

  /** The index strictly between {@code from} and {@code to} whose time is nearest {@code middle}. */
  private static int nearestInside(TimeGrid grid, int from, int to, double middle) {
    int low = from + 1;
    int high = to - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (grid.time(mid) < middle) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    if (low > from + 1 && middle - grid.time(low - 1) <= grid.time(low) - middle) {
      return low - 1;
    }
    return low;
  }

  /** A gap between two fixed points, the grid point inside it to fix next and that point's conditional variance. */
  private record Gap(int left, int right, int point, double variance) implements Comparable<Gap> {
    @Override
    public int compareTo(Gap other) {
      int byVariance = Double.compare(other.variance, variance);
      return byVariance != 0 ? byVariance : Integer.compare(point, other.point);
    }
  }
}
