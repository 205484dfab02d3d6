package org.warrantlab.accounting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chains reporting periods into fiscal year-to-date roll-forwards: the opening of the year's first
 * period, the activity of every period so far, the closing of the last. The year-to-date change in fair
 * value is therefore exactly the sum of the periods' changes.
 */
final class YearToDate {

  private YearToDate() {
  }

  /** For each period, the span from its fiscal year's first period in the plan to it. */
  static List<PeriodRollForward> of(RollForwardPlan plan, List<PeriodRollForward> periods, List<String> order) {
    List<PeriodRollForward> yearToDate = new ArrayList<>();
    for (int k = 0; k < periods.size(); k++) {
      int first = firstOfYear(plan, k);
      List<PeriodRollForward> span = periods.subList(first, k + 1);
      List<TrancheLine> lines = new ArrayList<>();
      for (String id : order) {
        chain(span, id).ifPresent(line -> lines.add(new TrancheLine(id, line)));
      }
      yearToDate.add(new PeriodRollForward(span.get(0).start(), periods.get(k).end(), lines,
          shares(plan, first, k)));
    }
    return yearToDate;
  }

  private static int firstOfYear(RollForwardPlan plan, int k) {
    FiscalCalendar calendar = plan.calendar();
    int first = k;
    while (first > 0 && calendar.yearStartOf(plan.periods().get(first - 1).end())
        .equals(calendar.yearStartOf(plan.periods().get(k).end()))) {
      first--;
    }
    return first;
  }

  /** The tranche's lines chained over the span; empty when it has none in it. */
  private static Optional<RollForwardLine> chain(List<PeriodRollForward> span, String id) {
    boolean present = false;
    RollForwardLine chained = RollForwardLine.ZERO;
    for (int j = 0; j < span.size(); j++) {
      Optional<RollForwardLine> line = lineOf(span.get(j), id);
      present |= line.isPresent();
      RollForwardLine next = line.orElse(RollForwardLine.ZERO);
      chained = j == 0 ? next : chained.followedBy(next);
    }
    return present ? Optional.of(chained) : Optional.empty();
  }

  private static Optional<RollForwardLine> lineOf(PeriodRollForward period, String id) {
    return period.tranches().stream().filter(t -> t.trancheId().equals(id)).map(TrancheLine::line).findFirst();
  }

  /** Stated year-to-date shares where given; otherwise the periods' figures weighted by their days. */
  private static WeightedAverageShares shares(RollForwardPlan plan, int first, int k) {
    ReportingPeriod last = plan.periods().get(k);
    if (last.yearToDateWeightedAverageShares().isPresent()) {
      return WeightedAverageShares.stated(last.yearToDateWeightedAverageShares().getAsLong());
    }
    if (first == k) {
      return WeightedAverageShares.stated(last.weightedAverageShares());
    }
    BigDecimal shareDays = BigDecimal.ZERO;
    long days = 0;
    for (int j = first; j <= k; j++) {
      long periodDays = ChronoUnit.DAYS.between(plan.startOf(j), plan.periods().get(j).end());
      shareDays = shareDays.add(BigDecimal.valueOf(plan.periods().get(j).weightedAverageShares())
          .multiply(BigDecimal.valueOf(periodDays)));
      days += periodDays;
    }
    long shares = shareDays.divide(BigDecimal.valueOf(days), 0, RoundingMode.HALF_UP).longValueExact();
    return new WeightedAverageShares(shares, true);
  }
}
