package org.warrantlab.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.warrantlab.attribution.Factor;
import org.warrantlab.cli.report.AttributionText;
import org.warrantlab.cli.report.Level3Ranges;

/**
 * The figure the roll-forward's JSON report gives for a formula cell of its workbook, found by the cell's sheet,
 * its row's captions and its column's header, as a reader ties the workbook out to the report.
 */
final class WorkbookFigures {

  /** The figure and whether it is an amount (checked to the cent) or a rate or term (checked to 1e-12). */
  record Expected(BigDecimal value, boolean money) {
  }

  private static final Map<String, String> LINES = Map.of("Opening balance", "opening", "Issuances", "issuances",
      "Exercises reclassified to equity", "exercises", "Expirations", "expirations", "Modifications",
      "modifications", "Change in fair value", "changeInFairValue", "Closing balance", "closing");
  private static final DataFormatter TEXT = new DataFormatter();

  private final JsonNode report;
  private BigDecimal debits = BigDecimal.ZERO;
  private BigDecimal credits = BigDecimal.ZERO;

  WorkbookFigures(JsonNode report) {
    this.report = report;
  }

  BigDecimal debits() {
    return debits;
  }

  BigDecimal credits() {
    return credits;
  }

  Expected expected(Sheet sheet, Row row, Cell cell) {
    int col = cell.getColumnIndex();
    return switch (sheet.getSheetName()) {
      case "Roll-forward" -> money(rollForward(text(row, 0), text(row, 1), text(row, 2),
          text(sheet.getRow(1), col), LINES.get(text(row, 3))));
      case "Earnings" -> money(span("earnings", text(row, 0), text(row, 1), text(row, 2))
          .get(col == 3 ? "changeInFairValue" : "perShare").decimalValue());
      case "Events" -> money(report.get("events").get(row.getRowNum() - 2).get("amount").decimalValue());
      case "Inputs" -> inputs(row, col);
      case "Journal entries" -> journal(row, col);
      case "Summary" -> summary(text(row, 0));
      case "Attribution" -> attribution(row, text(sheet.getRow(1), col));
      default -> throw new AssertionError("a formula on an unexpected sheet: " + sheet.getSheetName());
    };
  }

  /** A line's total or a tranche's change, from the JSON's {@code attribution} span of the row. */
  private Expected attribution(Row row, String column) {
    String kind = text(row, 0).equals("Period") ? "PERIOD" : "YEAR_TO_DATE";
    String id = column.equals("Total") ? "TOTAL" : column;
    for (JsonNode span : report.get("attribution").get("spans")) {
      if (!span.get("span").asText().equals(kind) || !span.get("from").asText().equals(text(row, 1))
          || !span.get("to").asText().equals(text(row, 2))) {
        continue;
      }
      for (JsonNode tranche : span.get("tranches")) {
        if (!tranche.get("tranche").asText().equals(id)) {
          continue;
        }
        if (text(row, 3).equals("Change in fair value")) {
          return money(tranche.get("change").decimalValue());
        }
        for (JsonNode step : tranche.get("attribution")) {
          for (Factor factor : Factor.values()) {
            if (AttributionText.caption(factor).equals(text(row, 3))
                && AttributionText.name(factor).equals(step.get("factor").asText())) {
              return money(step.get("amount").decimalValue());
            }
          }
        }
      }
    }
    throw new AssertionError("no attribution of " + id + " for " + text(row, 3) + " " + text(row, 1) + " to "
        + text(row, 2));
  }

  private BigDecimal rollForward(String span, String from, String to, String tranche, String field) {
    String kind = span.equals("Period") ? "PERIOD" : "YEAR_TO_DATE";
    String id = tranche.equals("Total") ? "TOTAL" : tranche;
    for (JsonNode line : report.get("rollforward")) {
      if (line.get("span").asText().equals(kind) && line.get("from").asText().equals(from)
          && line.get("to").asText().equals(to) && line.get("tranche").asText().equals(id)) {
        return line.get(field).decimalValue();
      }
    }
    return BigDecimal.ZERO;
  }

  private JsonNode span(String table, String span, String from, String to) {
    String kind = span.equals("Period") ? "PERIOD" : "YEAR_TO_DATE";
    for (JsonNode line : report.get(table)) {
      if (line.get("span").asText().equals(kind) && line.get("from").asText().equals(from)
          && line.get("to").asText().equals(to)) {
        return line;
      }
    }
    throw new AssertionError("no " + table + " row for " + span + " " + from + " to " + to);
  }

  private Expected inputs(Row row, int col) {
    String date = text(row, 0);
    if (text(row, 1).equals("Total")) {
      BigDecimal total = BigDecimal.ZERO;
      for (JsonNode line : report.get("level3")) {
        if (line.get("date").asText().equals(date)) {
          total = total.add(line.get("fairValue").decimalValue());
        }
      }
      return money(total);
    }
    String input = null;
    for (Level3Ranges.Input candidate : Level3Ranges.Input.values()) {
      if (candidate.caption().equals(text(row, 1))) {
        input = candidate.name();
      }
    }
    for (JsonNode range : report.get("level3Ranges")) {
      if (range.get("date").asText().equals(date) && range.get("input").asText().equals(input)) {
        String field = col == 2 ? "low" : col == 3 ? "high" : "weightedAverage";
        return new Expected(range.get(field).decimalValue(), false);
      }
    }
    throw new AssertionError("no Level 3 range of " + text(row, 1) + " on " + date);
  }

  /** An entry's first line debits its amount x (credits when negative); the second line mirrors it. */
  private Expected journal(Row row, int col) {
    if (text(row, 3).equals("Total")) {
      return money(col == 4 ? debits : credits);
    }
    BigDecimal amount = entryAmount(text(row, 0), text(row, 1));
    BigDecimal signed = text(row, 2).isEmpty() ? amount.negate() : amount;
    BigDecimal debit = signed.max(BigDecimal.ZERO);
    BigDecimal credit = signed.negate().max(BigDecimal.ZERO);
    if (col == 4) {
      debits = debits.add(debit);
      return money(debit);
    }
    credits = credits.add(credit);
    return money(credit);
  }

  private BigDecimal entryAmount(String date, String tranche) {
    if (tranche.equals("All")) {
      for (JsonNode line : report.get("rollforward")) {
        if (line.get("span").asText().equals("PERIOD") && line.get("to").asText().equals(date)
            && line.get("tranche").asText().equals("TOTAL")) {
          return line.get("changeInFairValue").decimalValue();
        }
      }
    }
    for (JsonNode event : report.get("events")) {
      if (event.get("date").asText().equals(date) && event.get("tranche").asText().equals(tranche)) {
        BigDecimal amount = event.get("amount").decimalValue();
        String line = event.get("line").asText();
        return line.equals("EXERCISES") || line.equals("EXPIRATIONS") ? amount.negate() : amount;
      }
    }
    throw new AssertionError("no figure for the entry of " + tranche + " on " + date);
  }

  private Expected summary(String caption) {
    JsonNode periods = report.get("rollforward");
    JsonNode earnings = report.get("earnings");
    JsonNode lastYearToDate = earnings.get(earnings.size() - 1);
    return switch (caption) {
      case "Opening liability" -> money(total(periods, true).get("opening").decimalValue());
      case "Closing liability" -> money(total(periods, false).get("closing").decimalValue());
      case "Change in fair value, fiscal year to date" -> money(lastYearToDate.get("changeInFairValue").decimalValue());
      case "Per share, fiscal year to date" -> money(lastYearToDate.get("perShare").decimalValue());
      default -> throw new AssertionError("an unexpected formula on the Summary: " + caption);
    };
  }

  /** The TOTAL row of the first or last period. */
  private static JsonNode total(JsonNode rows, boolean first) {
    JsonNode found = null;
    for (JsonNode line : rows) {
      if (line.get("span").asText().equals("PERIOD") && line.get("tranche").asText().equals("TOTAL")) {
        if (first) {
          return line;
        }
        found = line;
      }
    }
    return found;
  }

  private static Expected money(BigDecimal value) {
    return new Expected(value, true);
  }

  private static String text(Row row, int col) {
    Cell cell = row == null ? null : row.getCell(col);
    return cell == null ? "" : TEXT.formatCellValue(cell).strip();
  }
}
