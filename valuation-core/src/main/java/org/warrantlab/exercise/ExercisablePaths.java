package org.warrantlab.exercise;

import org.warrantlab.montecarlo.PathTally;
import org.warrantlab.process.NormalLayout;

/**
 * Simulated paths of outputs that may be exercised before expiry: for each path (a vector of standard
 * normal draws, as the Monte Carlo engine gives), a walk forward in time that asks an
 * {@link ExerciseDecision} on every exercise date and writes each output's discounted payoff, from early
 * exercise or at expiry.
 */
public interface ExercisablePaths {

  /** Standard normal draws per path. */
  int dimension();

  /** Number of outputs per path. */
  int outputs();

  /** Which normals are Brownian increments over which time steps; by default, none. */
  default NormalLayout layout() {
    return NormalLayout.unstructured(dimension());
  }

  /**
   * Years from the valuation date to each exercise date of {@code output} after the valuation date,
   * increasing, the last being its expiry; empty for an output exercised only at expiry.
   */
  double[] exerciseTimes(int output);

  /**
   * What exercising {@code output} on the valuation date pays, or NaN when it cannot be exercised then
   * (it is not exercisable early, or the valuation date is not one of its exercise dates).
   */
  double immediateExerciseValue(int output);

  /**
   * The discounted exercise value of {@code output} on its exercise date {@code date} that stands for one
   * unit of the regression variable: the regression variable is the exercise value divided by this.
   */
  double regressionUnit(int output, int date);

  /**
   * How many of a path's normals (from the first) fix it up to and including exercise date {@code date} of
   * {@code output}; the others drive only its later steps, so that a path can be continued afresh from that
   * date by redrawing them.
   */
  int normalsThrough(int output, int date);

  /**
   * Whether each output's control sample on a path continued from one of its exercise dates has, as its
   * expectation given the path up to that date, the hold value the date offered: the terms never change
   * and the price follows the GBM alone. Such a control steadies the continuations of {@link DualityBound}.
   */
  default boolean controlsAreHoldValues() {
    return false;
  }

  /** Expected value of each output's control variate, known in closed form; empty when there are none. */
  default double[] controlExpectations() {
    return new double[0];
  }

  /** A new walker with its own scratch space, for one thread, asking {@code decision} on exercise dates. */
  Walker newWalker(ExerciseDecision decision);

  /** Quantities the walks tally on each path besides the payoffs (see {@link PathTally}); none by default. */
  default int tallies() {
    return 0;
  }

  /** A walker that also adds each path's tallied quantities to {@code tally}. */
  default Walker newWalker(ExerciseDecision decision, PathTally tally) {
    return newWalker(decision);
  }

  /** Evaluates paths, one at a time. */
  @FunctionalInterface
  interface Walker {

    /**
     * Walks the path of {@code normals}, writing each output's discounted payoff into {@code payoffs} and
     * its control sample into {@code controls}. On each exercise date of an output not yet exercised, where
     * the exercise value is positive, it asks the decision; once exercised, the output's payoff is that
     * exercise value.
     */
    void walk(double[] normals, double[] payoffs, double[] controls);
  }
}
