package org.warrantlab.simulation;

import java.util.ArrayList;
import java.util.List;
import org.warrantlab.montecarlo.SimulationResult;
import org.warrantlab.result.Estimate;

/**
 * Adds the fitted policy's variance to the standard errors of a run walked under several independent
 * policies: the pricing paths' standard error of the mean over policies, squared, plus the sample variance
 * of the policies' own means divided by their number. The policies see the same pricing paths, so the
 * spread between their means is the policy's randomness, which the pricing paths' error leaves out.
 */
public final class PolicySpread {

  private PolicySpread() {
  }

  /**
   * {@code result} of {@code payoff} with the policy's variance in the standard error of each of the paths'
   * outputs and of the total weighted by {@code totalWeights}; unchanged with one policy.
   */
  public static SimulationResult include(SimulationResult result, ExercisedPayoff payoff, double[] totalWeights) {
    int count = payoff.policies();
    if (count < 2) {
      return result;
    }
    int n = payoff.pathOutputs();
    List<Estimate> outputs = new ArrayList<>(result.outputs());
    double[] totals = new double[count];
    for (int j = 0; j < n; j++) {
      double[] means = new double[count];
      for (int k = 0; k < count; k++) {
        means[k] = result.outputs().get(payoff.underPolicy(k, j)).value();
        totals[k] += totalWeights[j] * means[k];
      }
      outputs.set(j, widened(result.outputs().get(j), means));
    }
    return new SimulationResult(outputs, widened(result.total(), totals), result.simulatedPaths());
  }

  /** The estimate with the variance of the mean of {@code means} added to its own. */
  private static Estimate widened(Estimate estimate, double[] means) {
    double mean = 0;
    for (double m : means) {
      mean += m;
    }
    mean /= means.length;
    double squares = 0;
    for (double m : means) {
      squares += (m - mean) * (m - mean);
    }
    double policyVariance = squares / (means.length - 1) / means.length;
    double error = Math.sqrt(estimate.standardError() * estimate.standardError() + policyVariance);
    return new Estimate(estimate.value(), error, estimate.samples(), estimate.degreesOfFreedom());
  }
}
