package org.warrantlab.montecarlo;

import java.util.List;
import org.warrantlab.result.Estimate;

/**
 * What one simulation run estimated.
 *
 * @param outputs one estimate per payoff output
 * @param total the estimate of the weighted sum of the outputs, with its own standard error
 * @param simulatedPaths price paths simulated
 */
public record SimulationResult(List<Estimate> outputs, Estimate total, long simulatedPaths) {

  public SimulationResult {
    outputs = List.copyOf(outputs);
  }
}
