package org.warrantlab.cli.report;

import java.time.Duration;
import java.util.List;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.result.Estimate;
import org.warrantlab.sweep.Measure;
import org.warrantlab.sweep.SweepGrid;

/**
 * One run of the {@code sweep} command, as reported.
 *
 * @param source the input file as the user named it
 * @param base the input as the file gives it
 * @param grid the inputs varied and their values
 * @param measure the figure the table and charts follow
 * @param cells the valuation of each cell, in the grid's row-major order
 * @param threads worker threads (never changes a figure)
 * @param elapsed wall-clock time (tables only)
 * @param audit the software, input fingerprint and settings of every cell
 */
public record SweepRun(String source, ValuationInput base, SweepGrid grid, Measure measure, List<BookValuation> cells,
    int threads, Duration elapsed, AuditTrail audit) {

  public SweepRun {
    cells = List.copyOf(cells);
  }

  /** The followed figure in {@code cell}. */
  public Estimate measured(int cell) {
    return measure.of(cells.get(cell));
  }
}
