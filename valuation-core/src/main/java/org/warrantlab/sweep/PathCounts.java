package org.warrantlab.sweep;

import java.util.ArrayList;
import java.util.List;
import org.warrantlab.check.InvalidValueException;

/** The path counts of a convergence study. */
public final class PathCounts {

  private PathCounts() {
  }

  /** {@code first}, twice that, four times, ..., and {@code last} itself (which need not be a doubling). */
  public static List<Long> doubling(long first, long last) {
    if (first < 2) {
      throw new InvalidValueException("start", "must be at least 2 paths but was " + first);
    }
    if (last < first) {
      throw new InvalidValueException("paths", "(" + last + ") must not be below the start (" + first + ")");
    }
    List<Long> counts = new ArrayList<>();
    for (long paths = first; paths < last; paths = paths > last / 2 ? last : paths * 2) {
      counts.add(paths);
    }
    counts.add(last);
    return counts;
  }
}
