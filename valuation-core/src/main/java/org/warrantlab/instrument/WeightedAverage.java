package org.warrantlab.instrument;

import org.warrantlab.check.Checks;
import org.warrantlab.event.ShareIssue;

/**
 * Weighted-average protection: X' = X (A + B) / (A + C), with A the shares outstanding before the issue
 * (fully diluted for a broad base, common only for a narrow one), B = amount raised / X the shares the
 * money would have bought at X, and C the shares actually issued.
 */
public record WeightedAverage(Basis basis, ResetLimits limits) implements AntiDilution {

  /** Which share count is A. */
  public enum Basis {
    /** Common shares plus shares issuable on exercise of the warrants. */
    BROAD,
    /** Common shares outstanding only; gives the larger reset. */
    NARROW
  }

  public WeightedAverage {
    Checks.notNull(basis, "basis");
    Checks.notNull(limits, "limits");
  }

  @Override
  public WeightedAverage withLimits(ResetLimits newLimits) {
    return new WeightedAverage(basis, newLimits);
  }

  @Override
  public double formulaPrice(double exercisePrice, ShareIssue issue) {
    double a = basis == Basis.BROAD ? issue.fullyDilutedBefore() : issue.commonBefore();
    double b = issue.amount() / exercisePrice;
    return exercisePrice * (a + b) / (a + issue.shares());
  }
}
