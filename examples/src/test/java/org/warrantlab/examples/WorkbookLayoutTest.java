package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit workbooks print as workpapers: every sheet has a print area, landscape and one page wide, on Letter
 * unless too wide to read there (then Tabloid); each table's header rows are frozen and repeated on every page;
 * amounts show thousands separators and negatives in parentheses.
 */
class WorkbookLayoutTest {

  @TempDir
  Path directory;

  @Test
  void everySheetOfTheRollForwardAndValueWorkbooksPrintsAsAWorkpaper() throws IOException {
    Path rollForward = directory.resolve("rf.xlsx");
    AuditFileTest.run("rollforward", "examples/capstone-fy2010-rollforward.json", "--paths", "4000", "--format",
        "xlsx", "--output", rollForward.toString(), "--sensitivity");
    Path value = directory.resolve("value.xlsx");
    AuditFileTest.run("value", "examples/capstone-2009-09-30.json", "--paths", "4000", "--format", "xlsx",
        "--output", value.toString());
    assertLaidOut(rollForward, List.of("Summary", "Roll-forward", "Earnings", "Inputs", "Events", "Sensitivity",
        "Journal entries"), List.of("Inputs", "Events", "Journal entries"));
    assertLaidOut(value, List.of("Summary", "Inputs", "Valuation"), List.of("Valuation"));
  }

  private static void assertLaidOut(Path file, List<String> sheets, List<String> tabloid) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
      assertEquals(sheets.size(), book.getNumberOfSheets());
      for (int s = 0; s < book.getNumberOfSheets(); s++) {
        Sheet sheet = book.getSheetAt(s);
        String name = sheet.getSheetName();
        assertTrue(sheets.contains(name), name);
        String area = book.getPrintArea(s);
        assertTrue(area != null && area.replace("'", "").startsWith(name + "!$A$1:"), name + ": " + area);
        PrintSetup print = sheet.getPrintSetup();
        assertTrue(print.getLandscape(), name);
        assertTrue(sheet.getFitToPage(), name);
        assertEquals(1, print.getFitWidth(), name + ": one page wide");
        assertEquals(0, print.getFitHeight(), name + ": as many pages tall as it takes");
        assertEquals(tabloid.contains(name) ? PrintSetup.TABLOID_PAPERSIZE : PrintSetup.LETTER_PAPERSIZE,
            print.getPaperSize(), name);
        if (!name.equals("Summary")) {
          assertEquals(2, sheet.getPaneInformation().getHorizontalSplitTopRow(), name + ": title and header frozen");
          assertEquals(CellRangeAddress.valueOf("1:2"), sheet.getRepeatingRows(), name + ": repeated on each page");
        }
        assertEquals(name, sheet.getFooter().getLeft());
        assertAmountsFormatted(sheet);
      }
    }
  }

  /** Every amount (a number shown to the cent) has thousands separators and negatives in parentheses. */
  private static void assertAmountsFormatted(Sheet sheet) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String format = cell.getCellStyle().getDataFormatString();
        if (type == CellType.NUMERIC && format.startsWith("#,##0.00_)")) {
          assertEquals("#,##0.00_);(#,##0.00);\"–\"_)", format, sheet.getSheetName() + "!" + cell.getAddress());
        }
        if (cell.getCellType() == CellType.FORMULA && !sheet.getSheetName().equals("Inputs")) {
          assertTrue(format.startsWith("#,##0") || format.startsWith("0.00_);(0.00)"), sheet.getSheetName() + "!"
              + cell.getAddress() + " = " + cell.getCellFormula() + " shows as " + format);
        }
      }
    }
  }
}
