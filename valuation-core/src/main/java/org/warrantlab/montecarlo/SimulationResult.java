package org.warrantlab.montecarlo;

import java.util.List;
import org.warrantlab.check.Checks;
import org.warrantlab.result.Estimate;

/**
 * What one simulation run estimated.
 *
 * @param outputs one estimate per payoff output
 * @param total the estimate of the weighted sum of the outputs, with its own standard error
 * @param simulatedPaths price paths simulated
 * @param tally the sums of the quantities the payoff tallies, over all paths (empty when it tallies none)
 */
public record SimulationResult(List<Estimate> outputs, Estimate total, long simulatedPaths, PathTally tally) {

  public SimulationResult {
    outputs = List.copyOf(outputs);
    Checks.notNull(tally, "tally");
  }

  /** A result with no tallies. */
  public SimulationResult(List<Estimate> outputs, Estimate total, long simulatedPaths) {
    this(outputs, total, simulatedPaths, new PathTally(0));
  }

  /** The mean over the paths of tallied quantity {@code quantity}: a share of paths, for a count of events. */
  public double tallyMean(int quantity) {
    return tally.sum(quantity) / simulatedPaths;
  }
}
