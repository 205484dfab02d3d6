package org.warrantlab.montecarlo;

import org.warrantlab.process.NormalLayout;

/**
 * Discounted payoffs as functions of the standard normal draws that drive one simulated path. The
 * engine draws the normals, and for antithetic variates evaluates again with the same normals negated.
 * Any randomness that is not a normal (a uniform for a financing's day) is derived from a normal, so
 * that the mirrored path mirrors it too.
 */
public interface PathPayoff {

  /** Standard normal draws per path. */
  int dimension();

  /** Number of payoffs per path (e.g. one per tranche). */
  int outputs();

  /**
   * Which normals are Brownian increments over which time steps, so that quasi-random sampling can build
   * them by a Brownian bridge. The default claims none: the normals are sampled in their own order.
   */
  default NormalLayout layout() {
    return NormalLayout.unstructured(dimension());
  }

  /** A new evaluator with its own scratch space; the engine makes one per block, used by one thread. */
  PathEvaluator newEvaluator();

  /** Quantities this payoff tallies on each path besides its payoffs (see {@link PathTally}); none by default. */
  default int tallies() {
    return 0;
  }

  /**
   * A new evaluator that also adds each path's quantities to {@code tally}, the block's; the engine asks for it
   * when {@link #tallies()} is positive.
   */
  default PathEvaluator newEvaluator(PathTally tally) {
    return newEvaluator();
  }

  /**
   * Expected value of each output's control variate, known in closed form; an empty array when this
   * payoff has none.
   */
  default double[] controlExpectations() {
    return new double[0];
  }

  /** Evaluates paths, one at a time, on one thread. */
  @FunctionalInterface
  interface PathEvaluator {

    /**
     * Writes each output's discounted payoff into {@code payoffs} and, when the payoff has control
     * variates, each output's control sample into {@code controls}.
     */
    void evaluate(double[] normals, double[] payoffs, double[] controls);
  }
}
