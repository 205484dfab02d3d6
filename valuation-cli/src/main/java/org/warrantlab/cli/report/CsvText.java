package org.warrantlab.cli.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The one CSV writer of every report: a header row, then a row per map of named fields. Text, the header's
 * names included, is always quoted (a quote doubled); numbers never are, and are written as plain decimals
 * (no exponent, no trailing zeros, an integer without ".0"), so that every spreadsheet and parser reads them
 * alike. A field a row lacks, or a number that is not finite, is an empty cell.
 */
final class CsvText {

  private static final String LINE = "\n";

  private CsvText() {
  }

  static String of(List<String> columns, List<Map<String, Object>> rows) {
    StringBuilder csv = new StringBuilder();
    for (int c = 0; c < columns.size(); c++) {
      csv.append(c == 0 ? "" : ",").append(quoted(columns.get(c)));
    }
    csv.append(LINE);
    for (Map<String, Object> row : rows) {
      for (int c = 0; c < columns.size(); c++) {
        csv.append(c == 0 ? "" : ",").append(cell(row.get(columns.get(c))));
      }
      csv.append(LINE);
    }
    return csv.toString();
  }

  /** A field as its cell: numbers plain, booleans bare, everything else quoted text; nothing for an absent field. */
  static String cell(Object value) {
    if (value == null) {
      return "";
    } else if (value instanceof Double number) {
      return plain(number);
    } else if (value instanceof Float number) {
      return plain(number.doubleValue());
    } else if (value instanceof BigDecimal number) {
      return number.toPlainString();
    } else if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return quoted(value.toString());
  }

  /** A double as the shortest plain decimal that reads back as the same double: 4.645E-4 is 0.0004645. */
  static String plain(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    if (value == 0) {
      return "0";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
