package org.warrantlab.process;

import java.util.Arrays;

/**
 * The simulation times of a path in years from the valuation date, strictly increasing and positive.
 * Time zero (the valuation date) is implicit: step {@code i} runs from {@code time(i-1)} (or 0) to
 * {@code time(i)}.
 */
public final class TimeGrid {

  private final double[] times;

  private TimeGrid(double[] times) {
    this.times = times;
  }

  /** A grid of the distinct positive values among {@code times}, sorted. */
  public static TimeGrid of(double... times) {
    double[] positive = Arrays.stream(times).filter(t -> t > 0).sorted().toArray();
    int distinct = 0;
    for (double t : positive) {
      if (distinct == 0 || t != positive[distinct - 1]) {
        positive[distinct++] = t;
      }
    }
    return new TimeGrid(Arrays.copyOf(positive, distinct));
  }

  /** A grid of {@code times}, which must be positive and strictly increasing, without a copy. */
  public static TimeGrid ofIncreasing(double[] times) {
    for (int i = 0; i < times.length; i++) {
      if (!(times[i] > (i == 0 ? 0 : times[i - 1]))) {
        throw new IllegalArgumentException("grid times must be positive and increasing but time " + i + " was "
            + times[i]);
      }
    }
    return new TimeGrid(times);
  }

  public int size() {
    return times.length;
  }

  public double time(int index) {
    return times[index];
  }

  /** Length in years of step {@code index}. */
  public double stepLength(int index) {
    return index == 0 ? times[0] : times[index] - times[index - 1];
  }

  /** Index of {@code t} in the grid, or -1 when {@code t} is zero (the valuation date). */
  public int indexOf(double t) {
    if (t <= 0) {
      return -1;
    }
    int index = Arrays.binarySearch(times, t);
    if (index < 0) {
      throw new IllegalArgumentException("time " + t + " is not on the grid");
    }
    return index;
  }
}
