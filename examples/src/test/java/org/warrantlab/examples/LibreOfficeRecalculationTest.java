package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit workbooks recalculate in LibreOffice Calc to the JSON report's figures: any cached formula result is
 * removed (the workbooks carry none), LibreOffice (headless, set to recalculate on load) opens the file and saves
 * it again, and each formula's result as LibreOffice computed it must equal the JSON figure to the cent. Needs
 * LibreOffice, which the build machines lack, so it runs only when asked:
 * {@code mvn -o -pl examples -am test -Dtest=LibreOfficeRecalculationTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dwarrantlab.soffice=soffice}.
 */
@EnabledIfSystemProperty(named = "warrantlab.soffice", matches = ".+")
class LibreOfficeRecalculationTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final BigDecimal CENT = new BigDecimal("0.005");
  private static final String RECALCULATE_ON_LOAD = """
      <?xml version="1.0" encoding="UTF-8"?>
      <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
      <value>0</value></prop></item>
      </oor:items>
      """;

  @TempDir
  Path directory;

  @Test
  void theRollForwardWorkbookRecalculatesInLibreOfficeToTheJsonFiguresToTheCent() throws Exception {
    String input = "examples/capstone-fy2010-rollforward.json";
    JsonNode report = MAPPER.readTree(AuditFileTest.run("rollforward", input, "--format", "json"));
    Path workbook = directory.resolve("rf.xlsx");
    AuditFileTest.run("rollforward", input, "--format", "xlsx", "--output", workbook.toString());
    WorkbookFigures figures = new WorkbookFigures(report);
    int checked = compare(recalculated(workbook), (sheet, row, cell) -> figures.expected(sheet, row, cell));
    assertTrue(checked >= 400, "formulas recalculated: " + checked);
    assertEquals(figures.debits(), figures.credits(), "the journal entries balance");
  }

  @Test
  void theValuationWorkbookRecalculatesInLibreOfficeToTheSumOfTheJsonTranches() throws Exception {
    String example = "examples/capstone-2009-09-30.json";
    JsonNode valued = MAPPER.readTree(AuditFileTest.run("value", example, "--format", "json", "--paths", "20000"));
    Path workbook = directory.resolve("value.xlsx");
    AuditFileTest.run("value", example, "--format", "xlsx", "--paths", "20000", "--output", workbook.toString());
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode tranche : valued.get("warrants")) {
      sum = sum.add(tranche.get("fairValue").decimalValue());
    }
    BigDecimal total = sum;
    assertEquals(2, compare(recalculated(workbook), (sheet, row, cell) -> new WorkbookFigures.Expected(total, true)));
  }

  /** What a formula cell should compute. */
  private interface Figure {
    WorkbookFigures.Expected of(Sheet sheet, Row row, Cell cell);
  }

  /**
   * Checks each formula's result as LibreOffice saved it against {@code figure}, read off the same cell; returns
   * how many were checked and prints the largest difference.
   */
  private static int compare(Path file, Figure figure) throws IOException {
    int checked = 0;
    BigDecimal largest = BigDecimal.ZERO;
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() != CellType.FORMULA) {
              continue;
            }
            assertEquals(CellType.NUMERIC, cell.getCachedFormulaResultType(), sheet.getSheetName() + "!"
                + cell.getAddress() + " was not recalculated");
            WorkbookFigures.Expected expected = figure.of(sheet, row, cell);
            BigDecimal actual = BigDecimal.valueOf(cell.getNumericCellValue());
            BigDecimal difference = actual.subtract(expected.value()).abs();
            BigDecimal tolerance = expected.money() ? CENT : expected.value().abs().multiply(new BigDecimal("1e-12"));
            assertTrue(difference.compareTo(tolerance) <= 0, () -> sheet.getSheetName() + "!" + cell.getAddress()
                + " = " + cell.getCellFormula() + " is " + actual + " in LibreOffice, the JSON gives "
                + expected.value());
            largest = largest.max(difference);
            checked++;
          }
        }
      }
    }
    System.out.println(file.getFileName() + ": " + checked + " formulas recalculated by LibreOffice, largest"
        + " difference from the JSON " + largest.toPlainString());
    return checked;
  }

  /** The workbook without any formula's cached result, opened and saved again by LibreOffice, recalculating. */
  private Path recalculated(Path workbook) throws IOException, InterruptedException {
    Path stripped = directory.resolve("stripped").resolve(workbook.getFileName());
    Files.createDirectories(stripped.getParent());
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA && ((XSSFCell) cell).getCTCell().isSetV()) {
              ((XSSFCell) cell).getCTCell().unsetV();
            }
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(stripped)) {
        book.write(out);
      }
    }
    Path profile = directory.resolve("profile");
    Files.createDirectories(profile.resolve("user"));
    Files.writeString(profile.resolve("user").resolve("registrymodifications.xcu"), RECALCULATE_ON_LOAD);
    Path out = directory.resolve("libreoffice");
    Process soffice = new ProcessBuilder(List.of(System.getProperty("warrantlab.soffice"), "--headless",
        "-env:UserInstallation=" + profile.toUri(), "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
        out.toString(), stripped.toString())).redirectErrorStream(true)
        .redirectOutput(directory.resolve("soffice.log").toFile()).start();
    assertTrue(soffice.waitFor(10, TimeUnit.MINUTES), "LibreOffice did not finish");
    Path converted = out.resolve(workbook.getFileName());
    assertTrue(Files.exists(converted), () -> "LibreOffice wrote nothing: " + read(directory.resolve("soffice.log")));
    return converted;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.getMessage();
    }
  }
}
