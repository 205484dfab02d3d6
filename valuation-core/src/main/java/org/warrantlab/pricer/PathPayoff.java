package org.warrantlab.pricer;

/**
 * Discounted payoffs as functions of the standard normal draws that drive one simulated path. The
 * engine draws the normals, and for antithetic variates calls again with the same normals negated.
 * Implementations must be safe to call from several threads at once (keep no per-path state in fields).
 */
public interface PathPayoff {

  /** Standard normal draws per path. */
  int dimension();

  /** Number of payoffs per path (e.g. one per tranche). */
  int outputs();

  /**
   * Writes each output's discounted payoff into {@code payoffs} and, when the payoff has control
   * variates, each output's control sample into {@code controls}.
   */
  void evaluate(double[] normals, double[] payoffs, double[] controls);

  /**
   * Expected value of each output's control variate, known in closed form; an empty array when this
   * payoff has none.
   */
  default double[] controlExpectations() {
    return new double[0];
  }
}
