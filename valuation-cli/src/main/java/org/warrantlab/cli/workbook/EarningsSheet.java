package org.warrantlab.cli.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warrantlab.accounting.EarningsEffect;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.accounting.LineItem;
import org.warrantlab.accounting.PeriodRollForward;
import org.warrantlab.cli.workbook.Styles.Number;

/**
 * The Earnings sheet: per period and fiscal year to date, the change in fair value (the Roll-forward sheet's
 * total), the weighted-average shares, and the per-share effect as a formula, rounded to the cent.
 */
final class EarningsSheet {

  static final String NAME = "Earnings";

  private static final List<String> HEADERS = List.of("Span", "From", "To", "Change in fair value",
      "Weighted-average shares", "Shares day-weighted", "Per share");

  private EarningsSheet() {
  }

  /** Writes the sheet; returns the per-share cell of each span, by "PERIOD|k" or "YEAR_TO_DATE|k". */
  static Map<String, String> write(SheetBuilder sheet, LiabilityRollForward result, RollForwardSheet.Cells cells) {
    sheet.title("Change in fair value of warrant liability in earnings");
    sheet.headers(HEADERS);
    Map<String, String> perShare = new HashMap<>();
    for (int k = 0; k < result.periods().size(); k++) {
      perShare.put("PERIOD|" + k, row(sheet, "Period", result.periods().get(k), cells.of(false, k,
          RollForwardSheet.Cells.row(LineItem.CHANGE_IN_FAIR_VALUE), -1)));
      perShare.put("YEAR_TO_DATE|" + k, row(sheet, "Year to date", result.yearToDate().get(k), cells.of(true, k,
          RollForwardSheet.Cells.row(LineItem.CHANGE_IN_FAIR_VALUE), -1)));
    }
    sheet.skip();
    sheet.row();
    sheet.note(0, "A rise in the liability is a charge to earnings (a loss); a fall is a gain. Per share: the change"
        + " divided by the weighted-average common shares, rounded to the cent.");
    sheet.finish(2, HEADERS.size() - 1);
    return perShare;
  }

  private static String row(SheetBuilder sheet, String kind, PeriodRollForward span, String change) {
    EarningsEffect effect = span.earnings();
    sheet.row();
    sheet.text(0, kind);
    sheet.text(1, span.firstDay().toString());
    sheet.text(2, span.end().toString());
    String amount = sheet.formula(3, change, Number.MONEY, effect.changeInFairValue().doubleValue());
    String shares = sheet.number(4, effect.weightedAverageShares(), Number.COUNT);
    sheet.text(5, effect.sharesDayWeighted() ? "yes" : "no");
    return sheet.external(sheet.formula(6, "ROUND(" + amount + "/" + shares + ",2)", Number.PER_SHARE,
        effect.perShare().doubleValue()));
  }
}
