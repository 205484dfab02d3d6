package org.warrantlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.warrantlab.accounting.MeasuredEvent;
import org.warrantlab.accounting.MeasurementInputs;
import org.warrantlab.accounting.ReportingPeriod;
import org.warrantlab.accounting.RollForwardPlan;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.simulation.MemoryEstimate;

/**
 * Limits that protect the user, checked before a request starts: its {@link MemoryEstimate} must fit in
 * the memory Java may use, keeping a margin for everything else the command holds, and its paths must
 * visit at most {@link #MAX_SIMULATED_DATES} dates. The message says how much the request needs, for
 * what, and how to need less (or allow more memory).
 */
final class Limits {

  /**
   * The most dates a path may visit: about 380 years of trading days. Daily exercise over a 30-year term
   * is 11,000; beyond the limit the dates come from a typing error (a financing window to 9999), and
   * the run would take hours.
   */
  static final long MAX_SIMULATED_DATES = 100_000;

  private static final long MB = 1L << 20;
  private static final double GB = 1L << 30;

  private Limits() {
  }

  /** The bytes a request may use: the heap's limit less 64 MB and a tenth for the rest of the program. */
  static long available() {
    long max = Runtime.getRuntime().maxMemory();
    return Math.max(0, max - 64 * MB - max / 10);
  }

  /**
   * Throws a {@link UserError} when {@code estimate} exceeds {@link #available()}.
   *
   * @param where what the request is, for the message (the input file, usually)
   * @param parallelCases whether several cases run at once, so that fewer threads need less
   */
  static void check(MemoryEstimate estimate, String where, boolean parallelCases) {
    if (estimate.simulatedDates() > MAX_SIMULATED_DATES) {
      throw new UserError(String.format(Locale.US, "%s: the paths would visit up to %,d dates each, more than the"
          + " %,d (about 380 years of trading days) supported; shorten the terms, exercise dates or financing"
          + " windows the paths must walk", where, estimate.simulatedDates(), MAX_SIMULATED_DATES));
    }
    long available = available();
    if (estimate.bytes() <= available) {
      return;
    }
    String reduce = switch (estimate.largest()) {
      case PATH_STATISTICS -> "use fewer paths (--paths or simulation.paths)";
      case EARLY_EXERCISE -> "use fewer calibration paths (simulation.earlyExercise.calibrationPaths) or exercise"
          + " dates (simulation.earlyExercise.datesPerYear)";
      case SIMULATED_DATES -> "shorten the terms or financing windows the paths must walk";
    };
    if (parallelCases) {
      reduce += ", or fewer --threads (valuations run in parallel)";
    }
    double neededGb = (estimate.bytes() + 64.0 * MB) / GB * 1.15;
    String allow = neededGb < 1L << 20
        ? String.format(Locale.US, ", or let Java use more: %s=-Xmx%dg ./warrantlab ...", Failures.JAVA_OPTIONS,
            (long) Math.ceil(neededGb))
        : "";
    throw new UserError(String.format(Locale.US, "%s: this needs about %s of memory (%s) but Java may use %s here;"
        + " %s%s", where, size(estimate.bytes()), estimate.detail(), size(available), reduce, allow));
  }

  /**
   * The most memory one measurement of a roll-forward needs: the book outstanding on each reporting date
   * and on each measured event's date (an event is measured in its book), valued with the plan's settings
   * (the measurements run one after another). Fails on too many paths with an
   * {@link org.warrantlab.check.InvalidValueException} naming them.
   */
  static MemoryEstimate ofRollForward(RollForwardPlan plan) {
    List<MemoryEstimate> measurements = new ArrayList<>();
    List<MeasurementInputs> dates = new ArrayList<>(List.of(plan.opening()));
    for (ReportingPeriod period : plan.periods()) {
      period.events().stream().filter(MeasuredEvent.class::isInstance)
          .forEach(event -> dates.add(((MeasuredEvent) event).inputs()));
      dates.add(period.closing());
    }
    for (MeasurementInputs inputs : dates) {
      List<Warrant> outstanding = plan.tranches().stream()
          .filter(w -> !w.issueDate().isAfter(inputs.date()) && !w.expiryDate().isBefore(inputs.date())).toList();
      if (!outstanding.isEmpty()) {
        measurements.add(MemoryEstimate.ofValuation(outstanding, inputs.financings(), inputs.market(), plan.settings()));
      }
    }
    return MemoryEstimate.concurrent(measurements, 1);
  }

  /** E.g. "1.2 GB", "640 MB", "3.5e+06 TB". */
  static String size(double bytes) {
    if (bytes < GB) {
      return String.format(Locale.US, "%,.0f MB", Math.ceil(bytes / MB));
    }
    double gb = bytes / GB;
    if (gb < 10_000) {
      return String.format(Locale.US, "%,.1f GB", gb);
    }
    return String.format(Locale.US, "%.2g TB", gb / 1024);
  }
}
