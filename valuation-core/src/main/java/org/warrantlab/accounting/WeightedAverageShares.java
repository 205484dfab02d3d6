package org.warrantlab.accounting;

import org.warrantlab.check.Checks;

/**
 * The weighted-average common shares of a span, the divisor of the per-share effect.
 *
 * @param count the weighted-average number of shares
 * @param dayWeighted whether it was derived as the day-weighted average of the periods' figures rather
 *     than stated by the company
 */
public record WeightedAverageShares(long count, boolean dayWeighted) {

  public WeightedAverageShares {
    Checks.positive(count, "weightedAverageShares");
  }

  /** A figure the company states. */
  public static WeightedAverageShares stated(long count) {
    return new WeightedAverageShares(count, false);
  }
}
