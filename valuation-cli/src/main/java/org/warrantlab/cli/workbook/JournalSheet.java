package org.warrantlab.cli.workbook;

import java.util.List;
import java.util.Locale;
import org.warrantlab.accounting.AntiDilutionAdjustment;
import org.warrantlab.accounting.BookEvent;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.accounting.LineItem;
import org.warrantlab.accounting.PeriodRollForward;
import org.warrantlab.accounting.RecordedEvent;
import org.warrantlab.cli.workbook.Styles.Number;

/**
 * The Journal entries sheet: per period, the entry of each event and of the change in fair value, debits and
 * credits as formulas on the Events and Roll-forward sheets. Each entry is written for either sign (the debit
 * line takes the amount when positive, the credit line when negative), so it balances whatever a reader edits.
 */
final class JournalSheet {

  static final String NAME = "Journal entries";

  private static final List<String> HEADERS = List.of("Date", "Tranche", "Entry", "Account", "Debit", "Credit");
  private static final String LIABILITY = "Warrant liability";

  private JournalSheet() {
  }

  static void write(SheetBuilder sheet, LiabilityRollForward result, RollForwardSheet.Cells cells,
      List<String> eventAmounts) {
    sheet.title("Journal entries");
    sheet.headers(HEADERS);
    int first = sheet.current() + 2;
    int event = 0;
    for (int k = 0; k < result.periods().size(); k++) {
      for (int e = 0; e < result.plan().periods().get(k).events().size(); e++, event++) {
        RecordedEvent recorded = result.events().get(event);
        eventEntry(sheet, recorded, eventAmounts.get(event));
      }
      PeriodRollForward period = result.periods().get(k);
      entry(sheet, period.end().toString(), "All", "Change in fair value of warrant liability, period to "
          + period.end(), "Change in fair value of warrant liability (earnings)", LIABILITY,
          cells.of(false, k, RollForwardSheet.Cells.row(LineItem.CHANGE_IN_FAIR_VALUE), -1),
          period.total().changeInFairValue().doubleValue());
    }
    int last = sheet.current() + 1;
    sheet.row();
    sheet.label(3, "Total");
    sheet.total(4, "SUM(E" + first + ":E" + last + ")", Number.MONEY, 0);
    sheet.total(5, "SUM(F" + first + ":F" + last + ")", Number.MONEY, 0);
    sheet.skip();
    sheet.row();
    sheet.note(0, "Issuances are recorded at fair value out of the proceeds (the warrants first, the shares the"
        + " residual); exercises reclassify the liability's fair value on the exercise date to equity.");
    sheet.finish(2, HEADERS.size() - 1);
  }

  private static void eventEntry(SheetBuilder sheet, RecordedEvent recorded, String amount) {
    BookEvent event = recorded.event();
    if (event instanceof AntiDilutionAdjustment) {
      return;
    }
    String date = event.date().toString();
    String tranche = event.trancheId();
    double value = recorded.amount().doubleValue();
    switch (event.lineItem()) {
      case ISSUANCES -> entry(sheet, date, tranche, "Issuance of " + count(recorded) + " warrants at fair value",
          "Cash: proceeds allocated to the warrants", LIABILITY, amount, value);
      case EXERCISES -> entry(sheet, date, tranche, "Exercise of " + count(recorded)
          + " warrants: fair value reclassified to equity", LIABILITY, "Additional paid-in capital", "-" + amount,
          -value);
      case EXPIRATIONS -> entry(sheet, date, tranche, "Expiry of " + count(recorded) + " warrants", LIABILITY,
          "Other income: warrants lapsed", "-" + amount, -value);
      case MODIFICATIONS -> entry(sheet, date, tranche, "Amendment: incremental fair value",
          "Loss on modification of warrants", LIABILITY, amount, value);
      case CHANGE_IN_FAIR_VALUE -> throw new IllegalStateException("no event is booked to the change in fair value");
    }
  }

  /** Two lines: {@code debited} takes a positive {@code amount}, {@code credited} the same; a negative one swaps. */
  private static void entry(SheetBuilder sheet, String date, String tranche, String description, String debited,
      String credited, String amount, double value) {
    line(sheet, date, tranche, description, debited, "MAX(" + amount + ",0)", "MAX(-(" + amount + "),0)", value);
    line(sheet, date, tranche, "", "    " + credited, "MAX(-(" + amount + "),0)", "MAX(" + amount + ",0)", -value);
  }

  private static void line(SheetBuilder sheet, String date, String tranche, String description, String account,
      String debit, String credit, double value) {
    sheet.row();
    sheet.text(0, date);
    sheet.text(1, tranche);
    sheet.text(2, description);
    sheet.text(3, account);
    sheet.formula(4, debit, Number.MONEY, Math.max(value, 0));
    sheet.formula(5, credit, Number.MONEY, Math.max(-value, 0));
  }

  private static String count(RecordedEvent recorded) {
    return String.format(Locale.US, "%,d", recorded.count());
  }
}
