package org.warrantlab.cli.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.accounting.ReportingDateMeasurement;
import org.warrantlab.accounting.TrancheMeasurement;
import org.warrantlab.cli.report.Level3Ranges;
import org.warrantlab.cli.report.TermsText;
import org.warrantlab.cli.workbook.Styles.Number;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;

/**
 * The Inputs sheet: per measurement date and tranche every Level 3 input (a tranche calibrated at issue shows its
 * carried input, marked) and the fair value booked, a total per date, and below them per date and input the range
 * and the fair-value-weighted average, as formulas over the rows above (ASC 820-10-50-2(bbb)).
 */
final class InputsSheet {

  static final String NAME = "Inputs";

  private static final List<String> HEADERS = List.of("Date", "Tranche", "Warrants", "Share price", "Exercise price",
      "Shares per warrant", "Volatility", "Risk-free rate (quoted)", "Compounding", "Risk-free rate (continuous)",
      "Term (years)", "Dividend yield", "Shares outstanding", "Financing assumptions", "Fair value per warrant",
      "Standard error", "Fair value");
  private static final int FAIR_VALUE = 16;

  private InputsSheet() {
  }

  /** Writes the sheet; returns the address of each booked fair value, by {@link #key}, as other sheets name it. */
  static Map<String, String> write(SheetBuilder sheet, LiabilityRollForward result) {
    sheet.title("Level 3 fair value measurements: inputs");
    sheet.headers(HEADERS);
    Map<String, String> fairValues = new HashMap<>();
    Map<String, int[]> rowsOfDate = new HashMap<>();
    for (ReportingDateMeasurement measurement : result.measurements()) {
      if (measurement.tranches().isEmpty()) {
        continue;
      }
      int first = 0;
      int last = 0;
      for (TrancheMeasurement tranche : measurement.tranches()) {
        last = trancheRow(sheet, result, measurement, tranche);
        first = tranche == measurement.tranches().get(0) ? last : first;
        fairValues.put(key(measurement.date().toString(), tranche.trancheId()),
            sheet.external(sheet.address(FAIR_VALUE)));
      }
      rowsOfDate.put(measurement.date().toString(), new int[] {first, last});
      sheet.row();
      sheet.label(0, measurement.date().toString());
      sheet.label(1, "Total");
      String fairValue = column(FAIR_VALUE);
      sheet.total(FAIR_VALUE, "SUM(" + fairValue + (first + 1) + ":" + fairValue + (last + 1) + ")", Number.MONEY,
          measurement.totalFairValue().doubleValue());
      sheet.skip();
    }
    ranges(sheet, result, rowsOfDate);
    sheet.finish(2, HEADERS.size() - 1);
    return fairValues;
  }

  static String key(String date, String tranche) {
    return date + "|" + tranche;
  }

  /** A tranche calibrated at issue shows its carried input and is marked so. */
  private static int trancheRow(SheetBuilder sheet, LiabilityRollForward result, ReportingDateMeasurement measurement,
      TrancheMeasurement tranche) {
    Warrant warrant = tranche.valuation().warrant().warrant();
    MarketData market = result.marketOf(warrant.id(), measurement);
    int row = sheet.row();
    sheet.text(0, measurement.date().toString());
    sheet.text(1, warrant.id() + (result.calibrationOf(warrant.id()).isPresent() ? " (calibrated)" : ""));
    sheet.number(2, warrant.count(), Number.COUNT);
    sheet.number(3, market.spot(), Number.PRICE);
    sheet.number(4, warrant.exercisePrice(), Number.PRICE);
    sheet.number(5, warrant.sharesPerWarrant(), Number.DECIMAL_6);
    double term = tranche.valuation().warrant().timeToExpiry();
    sheet.number(6, market.volatility().termVolatility(term), Number.PERCENT);
    sheet.number(7, market.riskFreeRate().quotedRate(term), Number.PERCENT);
    sheet.text(8, market.riskFreeRate().compounding().name());
    sheet.number(9, market.riskFreeRate().zeroRate(term), Number.DECIMAL_6);
    sheet.number(10, term, Number.DECIMAL_6);
    sheet.number(11, market.dividendYield(), Number.PERCENT);
    sheet.number(12, market.sharesOutstanding(), Number.COUNT);
    if (tranche == measurement.tranches().get(0)) {
      List<String> financings = measurement.inputs().financings().stream().map(TermsText::financing).toList();
      sheet.paragraph(13, financings.isEmpty() ? "none" : String.join("; ", financings), 40);
    }
    sheet.number(14, tranche.valuation().perWarrant().value(), Number.PRICE);
    sheet.number(15, tranche.valuation().perWarrant().standardError(), Number.PRICE);
    sheet.number(FAIR_VALUE, tranche.fairValue().doubleValue(), Number.MONEY);
    return row;
  }

  /** Per date and input: low, high and the fair-value-weighted average, over the date's rows above. */
  private static void ranges(SheetBuilder sheet, LiabilityRollForward result, Map<String, int[]> rowsOfDate) {
    sheet.row();
    sheet.caption(0, "Ranges and fair-value-weighted averages of the Level 3 inputs");
    sheet.headers(List.of("Date", "Input", "Low", "High", "Weighted average"));
    String fairValue = column(FAIR_VALUE);
    for (Map<String, Object> range : Level3Ranges.rows(result)) {
      Level3Ranges.Input input = Level3Ranges.Input.valueOf((String) range.get("input"));
      int[] rows = rowsOfDate.get((String) range.get("date"));
      String values = column(columnOf(input));
      String span = values + (rows[0] + 1) + ":" + values + (rows[1] + 1);
      String weights = fairValue + (rows[0] + 1) + ":" + fairValue + (rows[1] + 1);
      Number format = input == Level3Ranges.Input.EXERCISE_PRICE ? Number.PRICE
          : input == Level3Ranges.Input.TERM_YEARS ? Number.DECIMAL : Number.PERCENT;
      sheet.row();
      sheet.text(0, (String) range.get("date"));
      sheet.text(1, input.caption());
      sheet.formula(2, "MIN(" + span + ")", format, (Double) range.get("low"));
      sheet.formula(3, "MAX(" + span + ")", format, (Double) range.get("high"));
      Object average = range.get("weightedAverage");
      sheet.formula(4, "IF(SUM(" + weights + ")=0,\"n/a\",SUMPRODUCT(" + span + "," + weights + ")/SUM(" + weights
          + "))", format, average == null ? 0 : (Double) average);
    }
  }

  private static int columnOf(Level3Ranges.Input input) {
    return switch (input) {
      case EXERCISE_PRICE -> 4;
      case TERM_YEARS -> 10;
      case VOLATILITY -> 6;
      case RISK_FREE_RATE -> 9;
      case DIVIDEND_YIELD -> 11;
    };
  }

  private static String column(int index) {
    return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
  }
}
