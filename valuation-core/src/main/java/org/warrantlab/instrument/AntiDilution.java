package org.warrantlab.instrument;

import org.warrantlab.event.ShareIssue;

/**
 * An anti-dilution (down-round) clause: how a share issue below the exercise price lowers it. Each
 * variant states its own formula; the limits (floor, share adjustment, reset count, protection period)
 * are common to all.
 */
public sealed interface AntiDilution permits NoAntiDilution, FullRatchet, WeightedAverage {

  ResetLimits limits();

  /** The same clause with {@code newLimits}; fails for a tranche without protection, which has no limits. */
  AntiDilution withLimits(ResetLimits newLimits);

  /** The clause's formula for the new exercise price, before the floor. */
  double formulaPrice(double exercisePrice, ShareIssue issue);

  /**
   * The exercise price after {@code issue}: the formula price raised to the floor, and never above the
   * current exercise price. Returns {@code exercisePrice} unchanged when the issue is not a down round.
   */
  default double resetPrice(double exercisePrice, ShareIssue issue) {
    if (!(issue.price() < exercisePrice)) {
      return exercisePrice;
    }
    double reset = Math.max(formulaPrice(exercisePrice, issue), limits().floor());
    return Math.min(reset, exercisePrice);
  }

  /** Whether the clause can ever change the terms. */
  default boolean protects() {
    return true;
  }
}
