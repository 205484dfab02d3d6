package org.warrantlab.cli.workbook;

import java.util.ArrayList;
import java.util.List;
import org.warrantlab.cli.workbook.Styles.Number;
import org.warrantlab.sweep.Tornado;
import org.warrantlab.sweep.TornadoBar;

/**
 * A tornado as a sheet: each input's low and high setting, the value at each with its standard error, and as
 * live formulas each side's difference to the base and the swing (high − low, unsigned), widest first. The
 * {@code tornado} workbook and the roll-forward's Sensitivity sheet both write it.
 */
final class TornadoSheet {

  private static final List<String> HEADERS = List.of("Input", "Low", "High", "Value at low", "Std error at low",
      "Value at high", "Std error at high", "Low − base", "High − base", "Swing");
  private static final int AT_LOW = 3;
  private static final int AT_HIGH = 5;
  private static final int SWING = 9;

  /**
   * The addresses, as other sheets name them, of the base value and of each swing.
   *
   * @param base the base value's cell
   * @param swings each bar's swing cell, widest first
   */
  record Cells(String base, List<String> swings) {
  }

  private TornadoSheet() {
  }

  /** Writes the tornado under {@code title}, each figure in the measure's format, and lays the sheet out. */
  static Cells write(SheetBuilder sheet, String title, Tornado tornado, List<String> notes) {
    Number format = format(tornado);
    sheet.title(title);
    sheet.headers(HEADERS);
    int first = sheet.current() + 2;
    int baseRow = first + tornado.bars().size() + 1;
    String base = "$D$" + baseRow;
    List<String> swings = new ArrayList<>();
    for (TornadoBar bar : tornado.bars()) {
      sheet.row();
      int excelRow = sheet.current() + 1;
      sheet.text(0, bar.input());
      sheet.text(1, bar.low());
      sheet.text(2, bar.high());
      sheet.number(AT_LOW, bar.atLow().value(), format);
      sheet.number(4, bar.atLow().standardError(), format);
      sheet.number(AT_HIGH, bar.atHigh().value(), format);
      sheet.number(6, bar.atHigh().standardError(), format);
      sheet.formula(7, "D" + excelRow + "-" + base, format, bar.atLow().value() - tornado.base().value());
      sheet.formula(8, "F" + excelRow + "-" + base, format, bar.atHigh().value() - tornado.base().value());
      swings.add(sheet.external(sheet.formula(SWING, "ABS(F" + excelRow + "-D" + excelRow + ")", format,
          bar.swing())));
    }
    sheet.skip();
    sheet.row();
    sheet.label(0, "Base: every input as given");
    String baseCell = sheet.number(AT_LOW, tornado.base().value(), format);
    sheet.number(4, tornado.base().standardError(), format);
    sheet.skip();
    for (String note : notes) {
      sheet.row();
      sheet.note(0, note);
    }
    sheet.finish(2, HEADERS.size() - 1);
    return new Cells(sheet.external(baseCell), swings);
  }

  /** Money to the cent for a total, four places for a value per warrant. */
  static Number format(Tornado tornado) {
    return tornado.measure().tranche().isPresent() ? Number.PRICE : Number.MONEY;
  }
}
