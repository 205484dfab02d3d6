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
 * @param earnings the total change in fair value and its per-share effect
 */
public record PeriodRollForward(LocalDate start, LocalDate end, List<TrancheLine> tranches, EarningsEffect earnings) {

  public PeriodRollForward {
    Checks.notNull(start, "start");
    Checks.notBefore(end, "end", start, "start");
    tranches = List.copyOf(tranches);
    if (total(tranches).changeInFairValue().compareTo(earnings.changeInFairValue()) != 0) {
      throw new IllegalArgumentException("the earnings effect must book the total change in fair value");
    }
  }

  /** The sum of the tranches' lines. */
  public RollForwardLine total() {
    return total(tranches);
  }

  /** The first day of the span. */
  public LocalDate firstDay() {
    return start.plusDays(1);
  }

  private static RollForwardLine total(List<TrancheLine> tranches) {
    return tranches.stream().map(TrancheLine::line).reduce(RollForwardLine.ZERO, RollForwardLine::plus);
  }
}
