package org.warrantlab.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The runs a result needs, blocked, and how the result is made from their results: lets a caller run the
 * blocks where it likes (these threads, a cluster) and still get the local result bit for bit.
 *
 * @param runs the runs, in the order {@code result} takes their results
 * @param result the result from the runs' results
 */
public record SimulationPlan<T>(List<BlockedRun> runs, Function<List<SimulationResult>, T> result) {

  public SimulationPlan {
    runs = List.copyOf(runs);
    if (result == null) {
      throw new IllegalArgumentException("result must be given");
    }
  }

  /** The result from the statistics of every block of every run, run by run in block order. */
  public T merge(List<List<double[]>> statistics) {
    if (statistics.size() != runs.size()) {
      throw new IllegalArgumentException("expected the blocks of " + runs.size() + " runs but got "
          + statistics.size());
    }
    List<SimulationResult> results = new ArrayList<>(runs.size());
    for (int r = 0; r < runs.size(); r++) {
      results.add(runs.get(r).merge(statistics.get(r)));
    }
    return result.apply(results);
  }
}
