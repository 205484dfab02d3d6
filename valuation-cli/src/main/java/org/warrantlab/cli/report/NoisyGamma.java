package org.warrantlab.cli.report;

import org.warrantlab.greeks.TrancheGreeks;
import org.warrantlab.result.Estimate;

/**
 * A reset tranche's bumped gamma is a second difference of a payoff that jumps where a financing resets its terms;
 * with a standard error above a quarter of its value it is flagged as noisy rather than read as a figure.
 */
final class NoisyGamma {

  /** The largest standard error, as a share of the gamma, read as a figure. */
  static final double LIMIT = 0.25;

  static final String MARK = "(noisy)";

  static final String NOTE = "(noisy): a bumped gamma of a tranche whose terms can reset, with a standard error"
      + " above 25% of its value; a reset makes the payoff jump, so its second difference is noisy: use more"
      + " paths, or read it as an order of magnitude.";

  private NoisyGamma() {
  }

  static boolean of(TrancheGreeks tranche) {
    Estimate gamma = tranche.bumped().gamma();
    return tranche.warrant().warrant().hasResets() && gamma.standardError() > LIMIT * Math.abs(gamma.value());
  }
}
