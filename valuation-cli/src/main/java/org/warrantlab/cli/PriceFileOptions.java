package org.warrantlab.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.input.InputException;
import org.warrantlab.cli.input.PriceCsvReader;
import org.warrantlab.market.DailyPrice;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The daily price file and its gap allowance, shared by the commands that measure market inputs. */
final class PriceFileOptions {

  @Parameters(index = "0", paramLabel = "PRICES",
      description = "Daily prices, oldest first: CSV with a header row naming the columns date (YYYY-MM-DD),"
          + " close and, for vwap, volume, in any case and order; other columns are ignored.")
  Path file;

  @Option(names = "--max-gap-days", paramLabel = "DAYS", defaultValue = "" + PriceCsvReader.DEFAULT_MAX_GAP_DAYS,
      description = "Most calendar days allowed between consecutive rows (default: ${DEFAULT-VALUE}, so weekends"
          + " and holidays pass); a longer gap is taken for missing rows and is an error.")
  int maxGapDays;

  /** The same options for another price file: a guideline company's. */
  PriceFileOptions withFile(Path other) {
    PriceFileOptions options = new PriceFileOptions();
    options.file = other;
    options.maxGapDays = maxGapDays;
    return options;
  }

  /**
   * Reads and validates the file as a stream into {@code window}, which keeps what its statistic needs;
   * {@code volumeRequired} when the command reads volumes.
   */
  PriceWindow read(boolean volumeRequired, PriceWindow window) {
    if (maxGapDays <= 0) {
      throw new UserError("--max-gap-days must be positive but was " + maxGapDays);
    }
    try {
      new PriceCsvReader(volumeRequired, maxGapDays).stream(file, window);
      return window;
    } catch (InputException e) {
      throw UserError.in(file, e);
    }
  }

  /** A problem with the history as a whole, e.g. too few days for the window: "FILE has 3 trading days ...". */
  UserError error(InvalidValueException problem, String context) {
    String what = problem.field().equals("days") ? " " + problem.problem() : ": " + problem.getMessage();
    return new UserError(file + what + context);
  }

  /** Rejects an end date that the prices stop short of by more than the gap allowance. */
  void checkReachesEnd(PriceWindow window, LocalDate end, String option) {
    DailyPrice last = window.lastOnOrBeforeEnd().orElseThrow(() -> new UserError(file + " has no prices on or"
        + " before " + option + " " + end + "; it starts on " + window.first().date()));
    long gap = ChronoUnit.DAYS.between(last.date(), end);
    if (gap > maxGapDays) {
      throw new UserError(file + " has no prices in the " + gap + " calendar days from " + last.date() + " to "
          + option + " " + end + " (more than --max-gap-days " + maxGapDays + ")");
    }
  }

  /** Rejects a start date that the prices begin later than by more than the gap allowance. */
  void checkReachesStart(PriceWindow window, LocalDate start, String option) {
    long gap = ChronoUnit.DAYS.between(start, window.first().date());
    if (gap > maxGapDays) {
      throw new UserError(file + " starts on " + window.first().date() + ", " + gap + " calendar days after "
          + option + " " + start + " (more than --max-gap-days " + maxGapDays + ")");
    }
  }
}
