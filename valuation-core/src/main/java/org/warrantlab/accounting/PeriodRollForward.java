package org.warrantlab.accounting;

import java.time.LocalDate;
import java.util.List;
import org.warrantlab.check.Checks;

/**
 * The roll-forward of one span, a reporting period or a fiscal year to date: a line per tranche that
 * was outstanding in it, their total, and the earnings effect of the total change in fair value.
 *
 * @param start the reporting date before the span (exclusive)
 * @param end the span's last reporting date (inclusive)
 * @param tranches the tranches' lines, in the order of the book
 * @param shares the weighted-average shares of the span
 */
public record PeriodRollForward(LocalDate start, LocalDate end, List<TrancheLine> tranches,
    WeightedAverageShares shares) {

  public PeriodRollForward {
    Checks.notNull(start, "start");
    Checks.notBefore(end, "end", start, "start");
    tranches = List.copyOf(tranches);
    Checks.notNull(shares, "shares");
  }

  /** The sum of the tranches' lines. */
  public RollForwardLine total() {
    return tranches.stream().map(TrancheLine::line).reduce(RollForwardLine.ZERO, RollForwardLine::plus);
  }

  /** The total change in fair value booked in earnings, and its effect per share. */
  public EarningsEffect earnings() {
    return new EarningsEffect(total().changeInFairValue(), shares.count(), shares.dayWeighted());
  }

  /** The first day of the span. */
  public LocalDate firstDay() {
    return start.plusDays(1);
  }
}
