package org.warrantlab.cli.workbook;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.warrantlab.cli.workbook.Styles.Number;

/**
 * Writes one sheet row by row and lays it out as a workpaper when finished: column widths that fit what the
 * cells show, the header rows frozen and repeated on every printed page, a print area, landscape pages one
 * wide. Every cell writer returns the cell's address, so other cells' formulas can refer to it.
 */
final class SheetBuilder {

  private static final int MAX_TEXT_WIDTH = 60;
  private static final int HEADER_WIDTH = 14;
  /**
   * About the characters a landscape Letter page prints at 80% scale; a wider sheet goes on Tabloid (11 × 17 in),
   * as wide schedules are printed, rather than shrink below a readable size.
   */
  static final int LETTER_CHARACTERS = 160;
  private static final float LINE_POINTS = 12.75f;

  private final XSSFWorkbook workbook;
  private final XSSFSheet sheet;
  private final Styles styles;
  private final TreeMap<Integer, Integer> widths = new TreeMap<>();
  private Row row;
  private int next;

  SheetBuilder(XSSFWorkbook workbook, Styles styles, String name) {
    this.workbook = workbook;
    this.styles = styles;
    this.sheet = workbook.createSheet(name);
  }

  /** Starts the next row and returns its index (zero-based). */
  int row() {
    row = sheet.createRow(next);
    return next++;
  }

  /** The index (zero-based) of the row being written. */
  int current() {
    return row.getRowNum();
  }

  /** Leaves a blank row. */
  void skip() {
    next++;
  }

  /** The sheet's title on a row of its own. */
  void title(String text) {
    row();
    cell(0, styles.title()).setCellValue(text);
    row.setHeightInPoints(20);
  }

  /** A header row of column captions, wrapped over as many lines as the longest needs. */
  int headers(List<String> captions) {
    int index = row();
    int lines = 1;
    for (int col = 0; col < captions.size(); col++) {
      cell(col, styles.header()).setCellValue(captions.get(col));
      int longestWord = 0;
      for (String word : captions.get(col).split(" ")) {
        longestWord = Math.max(longestWord, word.length());
      }
      int width = Math.max(Math.min(captions.get(col).length(), HEADER_WIDTH), longestWord);
      widen(col, width);
      lines = Math.max(lines, (captions.get(col).length() + width - 1) / width);
    }
    row.setHeightInPoints(lines * LINE_POINTS + 2);
    return index;
  }

  String text(int col, String value) {
    cell(col, styles.text()).setCellValue(value);
    widen(col, Math.min(value.length(), MAX_TEXT_WIDTH));
    return address(col);
  }

  String label(int col, String value) {
    cell(col, styles.label()).setCellValue(value);
    widen(col, Math.min(value.length(), MAX_TEXT_WIDTH));
    return address(col);
  }

  /** A bold caption over a section; it may run past its column, so it does not widen it. */
  void caption(int col, String value) {
    cell(col, styles.label()).setCellValue(value);
  }

  /** A note in small italics; it may run past its column, so it does not widen it. */
  void note(int col, String value) {
    cell(col, styles.note()).setCellValue(value);
  }

  /** Long text wrapped in a cell {@code width} characters wide, the row as tall as the lines need. */
  void paragraph(int col, String value, int width) {
    cell(col, styles.wrapped()).setCellValue(value);
    widen(col, width);
    int lines = Math.max(1, (value.length() + width - 1) / width);
    row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * LINE_POINTS + 2));
  }

  String number(int col, double value, Number format) {
    cell(col, styles.number(format)).setCellValue(value);
    widen(col, shown(value, format));
    return address(col);
  }

  /** A live formula; {@code value} is what it computes, used only to size the column. */
  String formula(int col, String formula, Number format, double value) {
    return formula(col, formula, styles.number(format), shown(value, format));
  }

  /** A total: a formula ruled above and double-ruled below. */
  String total(int col, String formula, Number format, double value) {
    return formula(col, formula, styles.total(format), shown(value, format));
  }

  /** The address of {@code col} on the current row, e.g. "C7". */
  String address(int col) {
    return new CellReference(row.getRowNum(), col).formatAsString(false);
  }

  /** The address of a cell of this sheet as another sheet's formula names it, e.g. "'Roll-forward'!C7". */
  String external(String address) {
    return "'" + sheet.getSheetName() + "'!" + address;
  }

  /**
   * Sizes the columns, freezes the first {@code headerRows} rows (and repeats them on printed pages), and sets the
   * print area: landscape, one page wide, on Letter or, for a wide sheet, Tabloid.
   */
  void finish(int headerRows, int lastColumn) {
    widths.forEach((col, chars) -> sheet.setColumnWidth(col, Math.min(255, chars + 2) * 256));
    if (headerRows > 0) {
      sheet.createFreezePane(0, headerRows);
      sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
    }
    int index = workbook.getSheetIndex(sheet);
    workbook.setPrintArea(index, 0, lastColumn, 0, Math.max(0, next - 1));
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(true);
    print.setPaperSize(printedWidth(lastColumn) > LETTER_CHARACTERS ? PrintSetup.TABLOID_PAPERSIZE
        : PrintSetup.LETTER_PAPERSIZE);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.getFooter().setLeft(sheet.getSheetName());
    sheet.getFooter().setRight("Page &P of &N");
  }

  /** The width of the printed columns in characters, as {@link #finish} sizes them. */
  private int printedWidth(int lastColumn) {
    return widths.headMap(lastColumn, true).values().stream().mapToInt(chars -> Math.min(255, chars + 2)).sum();
  }

  private String formula(int col, String formula, CellStyle style, int width) {
    cell(col, style).setCellFormula(formula);
    widen(col, width);
    return address(col);
  }

  private Cell cell(int col, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellStyle(style);
    return cell;
  }

  private void widen(int col, int chars) {
    widths.merge(col, chars, Math::max);
  }

  /** The characters {@code value} takes in {@code format}. */
  private static int shown(double value, Number format) {
    double magnitude = Math.abs(value);
    String text = switch (format) {
      case MONEY -> String.format(Locale.US, "(%,.2f)", magnitude);
      case PRICE -> String.format(Locale.US, "(%,.4f)", magnitude);
      case PER_SHARE -> String.format(Locale.US, "(%.2f)", magnitude);
      case COUNT -> String.format(Locale.US, "(%,.0f)", magnitude);
      case INTEGER -> String.format(Locale.US, "%.0f", value);
      case PERCENT -> String.format(Locale.US, "%.2f%%", 100 * value);
      case DECIMAL -> String.format(Locale.US, "%.3f", value);
      case DECIMAL_6 -> String.format(Locale.US, "%.6f", value);
    };
    return text.length();
  }
}
