package org.warrantlab.cli.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warrantlab.accounting.Exercise;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.accounting.RecordedEvent;
import org.warrantlab.cli.report.RollForwardRows;
import org.warrantlab.cli.workbook.Styles.Number;
import org.warrantlab.result.Estimate;

/**
 * The Events sheet: each event booked, its terms, the fair values per warrant it was measured at and the amount
 * booked; an exercise's amount is the formula the books use, warrants times the value per warrant, rounded.
 */
final class EventsSheet {

  static final String NAME = "Events";

  private static final List<String> HEADERS = List.of("Date", "Tranche", "Event", "Terms", "Booked to", "Warrants",
      "Per warrant before", "Std error before", "Per warrant after", "Std error after", "Amount");
  private static final int AMOUNT = 10;

  private EventsSheet() {
  }

  /** Writes the sheet; returns the address of each event's amount, in the order booked, as other sheets name it. */
  static List<String> write(SheetBuilder sheet, LiabilityRollForward result) {
    sheet.title("Events booked");
    sheet.headers(HEADERS);
    List<String> amounts = new ArrayList<>();
    var rows = RollForwardRows.of(RollForwardRows.Table.EVENTS, result);
    for (int i = 0; i < result.events().size(); i++) {
      RecordedEvent recorded = result.events().get(i);
      var row = rows.get(i);
      sheet.row();
      sheet.text(0, recorded.event().date().toString());
      sheet.text(1, recorded.event().trancheId());
      sheet.text(2, (String) row.get("event"));
      sheet.text(3, (String) row.get("terms"));
      sheet.text(4, recorded.event().lineItem().caption());
      String count = sheet.number(5, recorded.count(), Number.COUNT);
      String before = estimate(sheet, 6, recorded.perWarrantBefore());
      estimate(sheet, 8, recorded.perWarrantAfter());
      String amount = recorded.event() instanceof Exercise
          ? sheet.formula(AMOUNT, "-ROUND(" + count + "*" + before + ",2)", Number.MONEY, recorded.amount().doubleValue())
          : sheet.number(AMOUNT, recorded.amount().doubleValue(), Number.MONEY);
      amounts.add(sheet.external(amount));
    }
    sheet.skip();
    sheet.row();
    sheet.note(0, "Per warrant: Monte Carlo value and standard error, each measured on the event's date with that"
        + " date's inputs and the run's seed. Amounts: increases of the liability positive, reductions in parentheses.");
    sheet.finish(2, HEADERS.size() - 1);
    return amounts;
  }

  /** The estimate and its standard error in two cells; returns the estimate's address (blank cells where none). */
  private static String estimate(SheetBuilder sheet, int col, Optional<Estimate> estimate) {
    if (estimate.isEmpty()) {
      return sheet.address(col);
    }
    sheet.number(col + 1, estimate.get().standardError(), Number.PRICE);
    return sheet.number(col, estimate.get().value(), Number.PRICE);
  }
}
