package org.warrantlab.cli.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.market.DailyPrice;

/**
 * The header of a price file: where its {@code date}, {@code close} and {@code volume} columns are, found
 * by name in any case, and how the file spells them, so that an error names the column as the user sees it.
 */
final class PriceColumns {

  private final List<String> names;
  private final int date;
  private final int close;
  private final int volume;

  private PriceColumns(List<String> names, int date, int close, int volume) {
    this.names = names;
    this.date = date;
    this.close = close;
    this.volume = volume;
  }

  /** Finds the columns in {@code header}; the volume column only when {@code volumeRequired}. */
  static PriceColumns find(CsvRow header, boolean volumeRequired) {
    List<String> names = header.cells();
    int date = index(names, "date", header.line());
    int close = index(names, "close", header.line());
    int volume = volumeRequired ? index(names, "volume", header.line()) : -1;
    return new PriceColumns(names, date, close, volume);
  }

  private static int index(List<String> names, String wanted, long line) {
    int found = -1;
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).toLowerCase(Locale.ROOT).equals(wanted)) {
        if (found >= 0) {
          throw new InputException("line " + line, "has two '" + wanted + "' columns, " + (found + 1) + " and "
              + (i + 1) + "; keep one");
        }
        found = i;
      }
    }
    if (found < 0) {
      String hint = looksLikeData(names) ? " (is the header row missing?)" : "";
      throw new InputException("line " + line,
          "has no '" + wanted + "' column; the header has " + String.join(", ", names) + hint);
    }
    return found;
  }

  private static boolean looksLikeData(List<String> names) {
    return IsoDate.parse(names.get(0)).isPresent();
  }

  /** The day in {@code row}; the volume is 0 when the volume column is not read. */
  DailyPrice price(CsvRow row) {
    LocalDate day = date(row);
    double closePrice = number(row, close);
    double shares = volume >= 0 ? number(row, volume) : 0;
    try {
      return new DailyPrice(day, closePrice, shares);
    } catch (InvalidValueException e) {
      int column = e.field().equals("volume") ? volume : e.field().equals("date") ? date : close;
      throw new InputException(location(row.line(), column), e.problem());
    }
  }

  /** The index of the date column. */
  int dateColumn() {
    return date;
  }

  /** E.g. {@code line 7, column 'Close'}. */
  String location(long line, int column) {
    return "line " + line + ", column '" + names.get(column) + "'";
  }

  private LocalDate date(CsvRow row) {
    String text = cell(row, date, IsoDate.FORM);
    return IsoDate.parse(text).orElseThrow(() -> new InputException(location(row.line(), date),
        "must be " + IsoDate.FORM + " but was \"" + text + "\""));
  }

  private double number(CsvRow row, int column) {
    String text = cell(row, column, "a number");
    try {
      return new BigDecimal(text).doubleValue();
    } catch (NumberFormatException e) {
      throw new InputException(location(row.line(), column), "must be a number but was \"" + text + "\"");
    }
  }

  private String cell(CsvRow row, int column, String expected) {
    String text = row.cell(column);
    if (text == null) {
      throw new InputException(location(row.line(), column), "is missing: the row has " + row.cells().size()
          + " cells but the header has " + names.size() + "; expected " + expected);
    }
    if (text.isEmpty()) {
      throw new InputException(location(row.line(), column), "is empty; expected " + expected);
    }
    return text;
  }
}
