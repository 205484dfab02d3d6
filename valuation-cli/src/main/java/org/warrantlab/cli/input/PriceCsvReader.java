package org.warrantlab.cli.input;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.market.DailyPrice;
import org.warrantlab.market.PriceHistory;

/**
 * Reads a file of daily prices: CSV with a header row, one row per trading day, oldest first. The columns
 * {@code date} (an {@link IsoDate}), {@code close} and, when asked for, {@code volume} are found by name in
 * any case and order; other columns are ignored. Every problem becomes a one-line {@link InputException}
 * that names the CSV line and column.
 */
public final class PriceCsvReader {

  /** Consecutive rows further apart than this many calendar days are taken for missing data. */
  public static final int DEFAULT_MAX_GAP_DAYS = 7;

  private final boolean volumeRequired;
  private final int maxGapDays;

  /**
   * @param volumeRequired whether the file must have a {@code volume} column; without it volumes are 0
   * @param maxGapDays the most calendar days allowed between consecutive rows
   */
  public PriceCsvReader(boolean volumeRequired, int maxGapDays) {
    this.volumeRequired = volumeRequired;
    this.maxGapDays = maxGapDays;
  }

  /** The whole file as a history; {@link #stream} reads one that is too long to hold. */
  public PriceHistory read(Path file) {
    List<DailyPrice> days = new ArrayList<>();
    stream(file, days::add);
    return new PriceHistory(days);
  }

  /**
   * Hands each trading day of {@code file} to {@code each}, oldest first, once it has been checked against the
   * day before: only one row and the day before it are held, so a file of any length is read in little memory.
   */
  public void stream(Path file, Consumer<DailyPrice> each) {
    Rows rows = new Rows(each);
    CsvRow.forEach(file, rows::accept);
    if (rows.columns == null) {
      throw new InputException("", "is empty; expected a header row naming the " + columnList() + " columns");
    }
    if (rows.previous == null) {
      throw new InputException("", "has a header but no price rows");
    }
  }

  /** The rows read so far: the header's columns, then the last day and its line. */
  private final class Rows {
    private final Consumer<DailyPrice> each;
    private PriceColumns columns;
    private DailyPrice previous;
    private long previousLine;

    Rows(Consumer<DailyPrice> each) {
      this.each = each;
    }

    void accept(CsvRow row) {
      if (columns == null) {
        columns = PriceColumns.find(row, volumeRequired);
        return;
      }
      DailyPrice day = columns.price(row);
      if (previous != null) {
        checkFollows(previousLine, previous, row.line(), day, columns);
      }
      each.accept(day);
      previous = day;
      previousLine = row.line();
    }
  }

  private void checkFollows(long previousLine, DailyPrice previous, long line, DailyPrice day, PriceColumns columns) {
    String where = columns.location(line, columns.dateColumn());
    try {
      PriceHistory.checkFollows(previous, day);
    } catch (InvalidValueException e) {
      throw new InputException(where, e.problem() + " on line " + previousLine
          + "; dates must be in increasing order with no repeats");
    }
    long gap = ChronoUnit.DAYS.between(previous.date(), day.date());
    if (gap > maxGapDays) {
      throw new InputException(where, "(" + day.date() + ") is " + gap + " calendar days after the previous date, "
          + previous.date() + " on line " + previousLine + "; more than --max-gap-days " + maxGapDays
          + " means rows are missing");
    }
  }

  private String columnList() {
    return volumeRequired ? "date, close and volume" : "date and close";
  }
}
