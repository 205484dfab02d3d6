package org.warrantlab.cli.report;

import java.util.Locale;
import org.warrantlab.simulation.TranchePathStatistics;

/** A tranche's financings and resets on the simulated paths, in words. */
final class PathStatisticsText {

  private PathStatisticsText() {
  }

  /** E.g. "a financing on 75.00% of paths, a reset on 42.10%, mean exercise price after reset 0.9123". */
  static String describe(TranchePathStatistics statistics) {
    String financing = String.format(Locale.US, "a financing on %.2f%% of paths", 100 * statistics.financingShare());
    if (statistics.meanResetPrice().isEmpty()) {
      return financing + ", no reset by the clause";
    }
    return financing + String.format(Locale.US, ", a reset by the clause on %.2f%%, mean exercise price after"
        + " reset %.4f", 100 * statistics.resetShare(), statistics.meanResetPrice().getAsDouble());
  }
}
