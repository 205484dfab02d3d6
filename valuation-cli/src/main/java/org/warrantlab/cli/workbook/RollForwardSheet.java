package org.warrantlab.cli.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.accounting.LineItem;
import org.warrantlab.accounting.PeriodRollForward;
import org.warrantlab.accounting.RollForwardLine;
import org.warrantlab.accounting.TrancheLine;
import org.warrantlab.cli.workbook.Styles.Number;
import org.warrantlab.instrument.Warrant;

/**
 * The Roll-forward sheet, tranches in columns: per period and fiscal year to date, opening balance, the lines
 * and closing balance, all live. A period's opening is the previous closing cell (the first, the opening
 * measurement on the Inputs sheet); its lines add up the Events sheet's amounts; its change in fair value is
 * the closing measurement on the Inputs sheet less the opening and the other lines; the closing is the sum;
 * the Total column sums the tranches; the year to date adds up its periods.
 */
final class RollForwardSheet {

  static final String NAME = "Roll-forward";

  /** The rows of a span: opening, the line items in order, closing. */
  static final int OPENING = 0;
  static final int CLOSING = LineItem.values().length + 1;
  private static final int FIRST_TRANCHE = 4;

  /** Where each figure is: by span (period or year to date), period index, row and tranche (or the Total). */
  static final class Cells {
    private final Map<String, String> addresses = new HashMap<>();
    private final String sheet;

    private Cells(String sheet) {
      this.sheet = sheet;
    }

    /** The address as another sheet names it; {@code tranche} -1 is the Total column. */
    String of(boolean yearToDate, int period, int row, int tranche) {
      return "'" + sheet + "'!" + addresses.get(key(yearToDate, period, row, tranche));
    }

    static int row(LineItem item) {
      return item.ordinal() + 1;
    }

    private static String key(boolean yearToDate, int period, int row, int tranche) {
      return yearToDate + "|" + period + "|" + row + "|" + tranche;
    }
  }

  private RollForwardSheet() {
  }

  static Cells write(SheetBuilder sheet, LiabilityRollForward result, Map<String, String> fairValues,
      List<String> eventAmounts) {
    List<String> tranches = result.plan().tranches().stream().map(Warrant::id).toList();
    sheet.title("Warrant liability roll-forward");
    List<String> headers = new ArrayList<>(List.of("Span", "From", "To", "Line"));
    headers.addAll(tranches);
    headers.add("Total");
    sheet.headers(headers);
    Cells cells = new Cells(NAME);
    List<List<Integer>> eventsOf = eventsByPeriod(result);
    for (int k = 0; k < result.periods().size(); k++) {
      period(sheet, result, k, tranches, fairValues, eventAmounts, eventsOf.get(k), cells);
      sheet.skip();
      yearToDate(sheet, result, k, tranches, cells);
      sheet.skip();
    }
    sheet.row();
    sheet.note(0, "Increases of the liability positive, reductions in parentheses. Change in fair value: the"
        + " closing measurement (Inputs) less the opening balance and the other lines.");
    sheet.finish(2, headers.size() - 1);
    return cells;
  }

  private static void period(SheetBuilder sheet, LiabilityRollForward result, int k, List<String> tranches,
      Map<String, String> fairValues, List<String> eventAmounts, List<Integer> events, Cells cells) {
    PeriodRollForward span = result.periods().get(k);
    String opening = span.start().toString();
    String closing = span.end().toString();
    int[] rows = new int[CLOSING + 1];
    for (int row = OPENING; row <= CLOSING; row++) {
      rows[row] = sheet.row() + 1;
      caption(sheet, "Period", span, row);
      for (int t = 0; t < tranches.size(); t++) {
        String id = tranches.get(t);
        RollForwardLine line = lineOf(span, id);
        String col = column(FIRST_TRANCHE + t);
        String formula;
        if (row == OPENING) {
          formula = k == 0 ? fairValues.getOrDefault(InputsSheet.key(opening, id), "0")
              : cells.of(false, k - 1, CLOSING, t);
        } else if (row == CLOSING) {
          formula = "SUM(" + col + rows[OPENING] + ":" + col + rows[CLOSING - 1] + ")";
        } else if (row == Cells.row(LineItem.CHANGE_IN_FAIR_VALUE)) {
          formula = fairValues.getOrDefault(InputsSheet.key(closing, id), "0") + "-SUM(" + col + rows[OPENING] + ":"
              + col + rows[row - 1] + ")";
        } else {
          formula = eventSum(result, events, eventAmounts, id, LineItem.values()[row - 1]);
        }
        cells.addresses.put(Cells.key(false, k, row, t), amount(sheet, FIRST_TRANCHE + t, formula, row,
            figure(line, row)));
      }
      total(sheet, tranches.size(), figure(span.total(), row), row, cells, false, k);
    }
  }

  private static void yearToDate(SheetBuilder sheet, LiabilityRollForward result, int k, List<String> tranches,
      Cells cells) {
    PeriodRollForward span = result.yearToDate().get(k);
    int first = k;
    while (first > 0 && !result.periods().get(first).start().equals(span.start())) {
      first--;
    }
    int[] rows = new int[CLOSING + 1];
    for (int row = OPENING; row <= CLOSING; row++) {
      rows[row] = sheet.row() + 1;
      caption(sheet, "Year to date", span, row);
      for (int t = 0; t < tranches.size(); t++) {
        String col = column(FIRST_TRANCHE + t);
        String formula;
        if (row == OPENING) {
          formula = cells.of(false, first, OPENING, t);
        } else if (row == CLOSING) {
          formula = "SUM(" + col + rows[OPENING] + ":" + col + rows[CLOSING - 1] + ")";
        } else {
          List<String> terms = new ArrayList<>();
          for (int j = first; j <= k; j++) {
            terms.add(cells.of(false, j, row, t));
          }
          formula = String.join("+", terms);
        }
        cells.addresses.put(Cells.key(true, k, row, t), amount(sheet, FIRST_TRANCHE + t, formula, row,
            figure(lineOf(span, tranches.get(t)), row)));
      }
      total(sheet, tranches.size(), figure(span.total(), row), row, cells, true, k);
    }
  }

  private static void caption(SheetBuilder sheet, String kind, PeriodRollForward span, int row) {
    sheet.text(0, kind);
    sheet.text(1, span.firstDay().toString());
    sheet.text(2, span.end().toString());
    if (row == OPENING) {
      sheet.label(3, "Opening balance");
    } else if (row == CLOSING) {
      sheet.label(3, "Closing balance");
    } else {
      sheet.text(3, LineItem.values()[row - 1].caption());
    }
  }

  private static String amount(SheetBuilder sheet, int col, String formula, int row, double value) {
    return row == CLOSING ? sheet.total(col, formula, Number.MONEY, value) : sheet.formula(col, formula, Number.MONEY, value);
  }

  private static void total(SheetBuilder sheet, int tranches, double value, int row, Cells cells, boolean yearToDate,
      int k) {
    String formula = "SUM(" + column(FIRST_TRANCHE) + "%d:" + column(FIRST_TRANCHE + tranches - 1) + "%d)";
    int excelRow = sheet.current() + 1;
    cells.addresses.put(Cells.key(yearToDate, k, row, -1),
        amount(sheet, FIRST_TRANCHE + tranches, String.format(formula, excelRow, excelRow), row, value));
  }

  /** The references to the amounts of the period's events of {@code tranche} on {@code item}'s line, or 0. */
  private static String eventSum(LiabilityRollForward result, List<Integer> events, List<String> eventAmounts,
      String tranche, LineItem item) {
    List<String> terms = new ArrayList<>();
    for (int e : events) {
      var event = result.events().get(e).event();
      if (event.trancheId().equals(tranche) && event.lineItem() == item) {
        terms.add(eventAmounts.get(e));
      }
    }
    return terms.isEmpty() ? "0" : String.join("+", terms);
  }

  /** The indexes of the events booked in each period, in order. */
  private static List<List<Integer>> eventsByPeriod(LiabilityRollForward result) {
    List<List<Integer>> byPeriod = new ArrayList<>();
    int index = 0;
    for (var period : result.plan().periods()) {
      List<Integer> events = new ArrayList<>();
      for (int e = 0; e < period.events().size(); e++) {
        events.add(index++);
      }
      byPeriod.add(events);
    }
    return byPeriod;
  }

  private static RollForwardLine lineOf(PeriodRollForward span, String id) {
    return span.tranches().stream().filter(t -> t.trancheId().equals(id)).map(TrancheLine::line).findFirst()
        .orElse(RollForwardLine.ZERO);
  }

  private static double figure(RollForwardLine line, int row) {
    BigDecimal amount = row == OPENING ? line.opening() : row == CLOSING ? line.closing()
        : line.amount(LineItem.values()[row - 1]);
    return amount.doubleValue();
  }

  private static String column(int index) {
    return CellReference.convertNumToColString(index);
  }
}
