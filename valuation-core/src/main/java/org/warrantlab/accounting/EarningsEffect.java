package org.warrantlab.accounting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.warrantlab.check.Checks;

/**
 * The change in fair value booked in earnings and its effect per share. A rise in the liability is a
 * charge (a loss); the per-share figure is the change divided by the weighted-average shares, to the
 * cent as earnings per share are reported.
 *
 * @param changeInFairValue the change in fair value of the liability (positive: a charge to earnings)
 * @param weightedAverageShares weighted-average common shares of the span
 * @param sharesDayWeighted whether the share figure was derived as the day-weighted average of the
 *     periods' figures rather than stated by the company
 */
public record EarningsEffect(BigDecimal changeInFairValue, long weightedAverageShares, boolean sharesDayWeighted) {

  public EarningsEffect {
    Checks.notNull(changeInFairValue, "changeInFairValue");
    Checks.positive(weightedAverageShares, "weightedAverageShares");
  }

  /** The change per weighted-average share, rounded half up to the cent. */
  public BigDecimal perShare() {
    return changeInFairValue.divide(BigDecimal.valueOf(weightedAverageShares), Money.CENTS, RoundingMode.HALF_UP);
  }
}
