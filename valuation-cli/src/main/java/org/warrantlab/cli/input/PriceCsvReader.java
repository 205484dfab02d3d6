package org.warrantlab.cli.input;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.market.DailyPrice;
import org.warrantlab.market.PriceHistory;

/**
 * Reads a file of daily prices: CSV with a header row, one row per trading day, oldest first. The columns
 * {@code date} (ISO yyyy-MM-dd), {@code close} and, when asked for, {@code volume} are found by name in
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

  public PriceHistory read(Path file) {
    List<CsvRow> rows = CsvRow.readAll(file);
    if (rows.isEmpty()) {
      throw new InputException("", "is empty; expected a header row naming the " + columnList() + " columns");
    }
    PriceColumns columns = PriceColumns.find(rows.get(0), volumeRequired);
    if (rows.size() == 1) {
      throw new InputException("", "has a header but no price rows");
    }
    List<DailyPrice> days = new ArrayList<>(rows.size() - 1);
    for (int i = 1; i < rows.size(); i++) {
      DailyPrice day = columns.price(rows.get(i));
      if (i > 1) {
        checkFollows(rows.get(i - 1).line(), days.get(days.size() - 1), rows.get(i).line(), day, columns);
      }
      days.add(day);
    }
    return new PriceHistory(days);
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
