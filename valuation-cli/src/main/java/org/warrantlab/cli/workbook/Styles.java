package org.warrantlab.cli.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a workpaper: amounts with thousands separators and negatives in parentheses, prices and
 * per-warrant values to four places, rates as percentages, headers shaded, totals ruled.
 */
final class Styles {

  /** How a number is shown: its Excel format. */
  enum Number {
    MONEY("#,##0.00_);(#,##0.00);\"–\"_)"),
    PRICE("#,##0.0000_);(#,##0.0000)"),
    PER_SHARE("0.00_);(0.00)"),
    COUNT("#,##0_);(#,##0)"),
    INTEGER("0"),
    PERCENT("0.00%"),
    DECIMAL("0.000"),
    DECIMAL_6("0.000000");

    private final String format;

    Number(String format) {
      this.format = format;
    }
  }

  private final XSSFWorkbook workbook;
  private final CellStyle[] numbers = new CellStyle[Number.values().length];
  private final CellStyle[] totals = new CellStyle[Number.values().length];
  private final CellStyle text;
  private final CellStyle wrapped;
  private final CellStyle header;
  private final CellStyle title;
  private final CellStyle label;
  private final CellStyle note;

  Styles(XSSFWorkbook workbook) {
    this.workbook = workbook;
    for (Number number : Number.values()) {
      numbers[number.ordinal()] = numberStyle(number, false);
      totals[number.ordinal()] = numberStyle(number, true);
    }
    text = base();
    wrapped = base();
    wrapped.setWrapText(true);
    header = base();
    header.setFont(font(true, false, 10));
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    title = base();
    title.setFont(font(true, false, 14));
    label = base();
    label.setFont(font(true, false, 10));
    note = base();
    note.setFont(font(false, true, 9));
  }

  CellStyle number(Number number) {
    return numbers[number.ordinal()];
  }

  /** The number style of a total: ruled above. */
  CellStyle total(Number number) {
    return totals[number.ordinal()];
  }

  CellStyle text() {
    return text;
  }

  CellStyle wrapped() {
    return wrapped;
  }

  CellStyle header() {
    return header;
  }

  CellStyle title() {
    return title;
  }

  CellStyle label() {
    return label;
  }

  CellStyle note() {
    return note;
  }

  private CellStyle numberStyle(Number number, boolean total) {
    CellStyle style = base();
    style.setDataFormat(workbook.createDataFormat().getFormat(number.format));
    style.setAlignment(HorizontalAlignment.RIGHT);
    if (total) {
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.DOUBLE);
      style.setFont(font(true, false, 10));
    }
    return style;
  }

  private CellStyle base() {
    CellStyle style = workbook.createCellStyle();
    style.setFont(font(false, false, 10));
    style.setVerticalAlignment(VerticalAlignment.TOP);
    return style;
  }

  private Font font(boolean bold, boolean italic, int points) {
    Font font = workbook.findFont(bold, IndexedColors.AUTOMATIC.getIndex(), (short) (points * 20), "Arial", italic,
        false, Font.SS_NONE, Font.U_NONE);
    if (font == null) {
      font = workbook.createFont();
      font.setFontName("Arial");
      font.setFontHeightInPoints((short) points);
      font.setBold(bold);
      font.setItalic(italic);
      font.setColor(IndexedColors.AUTOMATIC.getIndex());
    }
    return font;
  }
}
