package org.warrantlab.cli.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.accounting.PeriodRollForward;
import org.warrantlab.attribution.Attribution;
import org.warrantlab.attribution.RollForwardAttribution;
import org.warrantlab.attribution.Step;
import org.warrantlab.attribution.TrancheAttribution;
import org.warrantlab.cli.report.AttributionText;
import org.warrantlab.cli.workbook.Styles.Number;

/**
 * The Attribution sheet: per period and year to date, the change in fair value split by input, a line per input
 * and a column per tranche; each line's total and each column's change are {@code SUM}s.
 */
final class AttributionSheet {

  static final String NAME = "Attribution";

  private static final int FIRST_TRANCHE = 4;

  private AttributionSheet() {
  }

  static void write(SheetBuilder sheet, LiabilityRollForward result, RollForwardAttribution split) {
    sheet.title("Change in fair value by input");
    List<String> ids = new ArrayList<>();
    for (List<Attribution> spans : List.of(split.periods(), split.yearToDate())) {
      spans.forEach(span -> span.tranches().stream().map(TrancheAttribution::trancheId)
          .filter(id -> !ids.contains(id)).forEach(ids::add));
    }
    List<String> headers = new ArrayList<>(List.of("Span", "From", "To", "Input"));
    headers.addAll(ids);
    headers.addAll(List.of("Total", "Std error"));
    sheet.headers(headers);
    for (int k = 0; k < result.periods().size(); k++) {
      span(sheet, "Period", result.periods().get(k), split.periods().get(k), ids);
      span(sheet, "Year to date", result.yearToDate().get(k), split.yearToDate().get(k), ids);
    }
    sheet.row();
    sheet.note(0, "Each state valued on the same paths and rounded to the cent, so that the lines sum exactly to the"
        + " change. Std error: of the total's line, from the paired difference on those paths.");
    sheet.finish(2, headers.size() - 1);
  }

  private static void span(SheetBuilder sheet, String kind, PeriodRollForward period, Attribution attribution,
      List<String> ids) {
    Map<String, TrancheAttribution> byId = new LinkedHashMap<>();
    attribution.tranches().forEach(tranche -> byId.put(tranche.trancheId(), tranche));
    TrancheAttribution book = attribution.total();
    int totalColumn = FIRST_TRANCHE + ids.size();
    String firstTranche = column(FIRST_TRANCHE);
    String lastTranche = column(totalColumn - 1);
    int firstRow = sheet.current() + 2;
    for (int k = 0; k < book.steps().size(); k++) {
      Step step = book.steps().get(k);
      sheet.row();
      int excelRow = sheet.current() + 1;
      dates(sheet, kind, period);
      sheet.text(3, AttributionText.caption(step.factor()));
      for (int t = 0; t < ids.size(); t++) {
        TrancheAttribution tranche = byId.get(ids.get(t));
        if (tranche != null) {
          sheet.number(FIRST_TRANCHE + t, tranche.steps().get(k).amount().doubleValue(), Number.MONEY);
        }
      }
      sheet.formula(totalColumn, "SUM(" + firstTranche + excelRow + ":" + lastTranche + excelRow + ")",
          Number.MONEY, step.amount().doubleValue());
      sheet.number(totalColumn + 1, step.standardError(), Number.MONEY);
    }
    int lastRow = sheet.current() + 1;
    sheet.row();
    dates(sheet, kind, period);
    sheet.label(3, "Change in fair value");
    for (int col = FIRST_TRANCHE; col <= totalColumn; col++) {
      TrancheAttribution tranche = col < totalColumn ? byId.get(ids.get(col - FIRST_TRANCHE)) : book;
      if (tranche != null) {
        String letter = column(col);
        sheet.total(col, "SUM(" + letter + firstRow + ":" + letter + lastRow + ")", Number.MONEY,
            tranche.change().doubleValue());
      }
    }
    sheet.skip();
  }

  private static void dates(SheetBuilder sheet, String kind, PeriodRollForward period) {
    sheet.text(0, kind);
    sheet.text(1, period.firstDay().toString());
    sheet.text(2, period.end().toString());
  }

  private static String column(int index) {
    return CellReference.convertNumToColString(index);
  }
}
