package org.warrantlab.cli.report;

import java.time.Duration;
import java.util.List;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.sweep.Measure;

/**
 * One run of the {@code converge} command, as reported.
 *
 * @param source the input file as the user named it
 * @param input what the file held
 * @param measure the figure followed
 * @param runs one valuation per path count, smallest first, all with the same seed
 * @param threads worker threads (never changes a figure)
 * @param elapsed wall-clock time (tables only)
 * @param audit the software, input fingerprint and settings, with the paths of the largest run
 */
public record ConvergenceRun(String source, ValuationInput input, Measure measure, List<BookValuation> runs,
    int threads, Duration elapsed, AuditTrail audit) {

  public ConvergenceRun {
    runs = List.copyOf(runs);
  }
}
