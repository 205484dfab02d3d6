package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warrantlab.cli.Main;

/**
 * The audit file of the Capstone roll-forward: every formula of the workbook, evaluated by POI, gives the figure
 * the JSON report gives for the same cell to the cent; {@code warrantlab value} on each emitted input gives the
 * figure booked to the cent; two runs give the same JSON bytes and workbooks that differ only in the run time.
 */
class AuditFileTest {

  private static final String INPUT = "examples/capstone-fy2010-rollforward.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final BigDecimal CENT = new BigDecimal("0.005");

  @TempDir
  static Path directory;

  private static JsonNode report;
  private static Path workbook;
  private static Path inputs;

  @BeforeAll
  static void runTheRollForward() throws IOException {
    report = MAPPER.readTree(run("rollforward", INPUT, "--format", "json"));
    workbook = directory.resolve("fy2010.xlsx");
    inputs = directory.resolve("inputs");
    run("rollforward", INPUT, "--format", "xlsx", "--output", workbook.toString(), "--emit-inputs", inputs.toString());
  }

  @Test
  void everyFormulaOfTheWorkbookComputesTheFigureTheJsonReportGivesToTheCent() throws IOException {
    assertTrue(checkEveryFormula(workbook, report) >= 400, "the workbook's figures are formulas");
  }

  @Test
  void theCalibratedRollForwardsWorkbookShowsTheCarriedInputMarkedAndTiesOutToTheCent() throws IOException {
    String input = "examples/capstone-2009-05-units-rollforward.json";
    JsonNode calibrated = MAPPER.readTree(run("rollforward", input, "--format", "json", "--paths", "20000"));
    Path file = directory.resolve("units.xlsx");
    run("rollforward", input, "--format", "xlsx", "--paths", "20000", "--output", file.toString());
    assertTrue(checkEveryFormula(file, calibrated) >= 20, "the workbook's figures are formulas");
    int marked = 0;
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
      for (Row row : book.getSheet("Inputs")) {
        String tranche = new DataFormatter().formatCellValue(row.getCell(1));
        if (tranche.endsWith(" (calibrated)")) {
          String date = row.getCell(0).getStringCellValue();
          for (JsonNode line : calibrated.get("level3")) {
            if (line.get("date").asText().equals(date) && line.has("calibrated")) {
              assertEquals(line.get("volatility").asDouble(), row.getCell(6).getNumericCellValue(), 1e-15,
                  "the carried volatility on " + date);
              marked++;
            }
          }
        }
      }
    }
    assertTrue(marked >= 1, "the calibrated tranche's rows are marked and show its carried input");
  }

  /** Evaluates every formula of {@code file} with POI and ties it to {@code json}; returns how many there are. */
  static int checkEveryFormula(Path file, JsonNode json) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
      FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
      WorkbookFigures figures = new WorkbookFigures(json);
      int checked = 0;
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
              CellValue value = evaluator.evaluate(cell);
              assertEquals(CellType.NUMERIC, value.getCellType(), sheet.getSheetName() + "!" + cell.getAddress());
              WorkbookFigures.Expected figure = figures.expected(sheet, row, cell);
              BigDecimal expected = figure.value();
              BigDecimal actual = BigDecimal.valueOf(value.getNumberValue());
              BigDecimal tolerance = figure.money() ? CENT : expected.abs().multiply(new BigDecimal("1e-12"));
              assertTrue(actual.subtract(expected).abs().compareTo(tolerance) <= 0, () -> sheet.getSheetName() + "!"
                  + cell.getAddress() + " = " + cell.getCellFormula() + " computes " + actual + " but the JSON gives "
                  + expected);
              checked++;
            }
          }
        }
      }
      assertEquals(figures.debits(), figures.credits(), "the journal entries balance");
      return checked;
    }
  }

  @Test
  void theValuationWorkbookSumsTheTranchesTheJsonReportGives() throws IOException {
    String example = "examples/capstone-2009-09-30.json";
    JsonNode valued = MAPPER.readTree(run("value", example, "--format", "json", "--paths", "20000"));
    Path file = directory.resolve("capstone.xlsx");
    run("value", example, "--format", "xlsx", "--paths", "20000", "--output", file.toString());
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode tranche : valued.get("warrants")) {
      sum = sum.add(tranche.get("fairValue").decimalValue());
    }
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
      FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
      int checked = 0;
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
              BigDecimal actual = BigDecimal.valueOf(evaluator.evaluate(cell).getNumberValue());
              assertTrue(actual.subtract(sum).abs().compareTo(CENT) <= 0, sheet.getSheetName() + "!" + cell.getAddress()
                  + " computes " + actual + ", the tranches of the JSON sum to " + sum);
              checked++;
            }
          }
        }
      }
      assertEquals(2, checked, "the Valuation sheet's total and the Summary's");
    }
  }

  /** The tranche's line of a value report: an event is measured in the whole book outstanding that day. */
  private static JsonNode trancheOf(JsonNode valued, String id) {
    for (JsonNode tranche : valued.get("warrants")) {
      if (tranche.get("id").asText().equals(id)) {
        return tranche;
      }
    }
    throw new AssertionError("no tranche " + id + " in " + valued);
  }

  @Test
  void valueOnEachEmittedInputReproducesTheFigureBookedToTheCent() throws IOException {
    Map<String, BigDecimal> amendmentBefore = new HashMap<>();
    int measured = 0;
    for (JsonNode entry : report.get("reperformance")) {
      String file = entry.get("file").asText();
      JsonNode valued = MAPPER.readTree(run("value", inputs.resolve(file).toString(), "--format", "json"));
      String[] parts = file.replace(".json", "").split("-");
      String date = parts[0] + "-" + parts[1] + "-" + parts[2];
      String kind = parts[3];
      if (kind.equals("opening") || kind.equals("closing")) {
        for (JsonNode tranche : valued.get("warrants")) {
          assertCents(level3(date, tranche.get("id").asText()), cents(tranche.get("fairValue").asDouble()), file);
          measured++;
        }
        continue;
      }
      String tranche = parts[4] + "-" + parts[5];
      JsonNode event = event(date, tranche);
      JsonNode only = trancheOf(valued, tranche);
      switch (kind) {
        case "issuance" -> assertCents(event.get("amount").decimalValue(), cents(only.get("fairValue").asDouble()), file);
        case "exercise" -> assertCents(event.get("amount").decimalValue().negate(),
            cents(event.get("count").asLong() * only.get("fairValuePerWarrant").asDouble()), file);
        case "amendment" -> {
          if (parts[6].equals("before")) {
            amendmentBefore.put(date + tranche, cents(only.get("fairValue").asDouble()));
          } else {
            assertCents(event.get("amount").decimalValue(),
                cents(only.get("fairValue").asDouble()).subtract(amendmentBefore.get(date + tranche)), file);
          }
        }
        default -> throw new AssertionError("unexpected input " + file);
      }
      measured++;
    }
    assertEquals(report.get("level3").size() + 5, measured, "every tranche on every date, two issuances, an exercise"
        + " and the two sides of an amendment");
    try (var files = Files.list(inputs)) {
      assertEquals(report.get("reperformance").size(), files.count());
    }
  }

  @Test
  void theRollForwardsEchoedInputRunAgainGivesTheSameReport() throws IOException {
    Path echoed = directory.resolve("echoed.json");
    Files.writeString(echoed, MAPPER.writeValueAsString(report.get("input")));
    JsonNode again = MAPPER.readTree(run("rollforward", echoed.toString(), "--format", "json"));
    for (String table : List.of("rollforward", "earnings", "events", "level3", "level3Ranges", "input")) {
      assertEquals(report.get(table), again.get(table), table);
    }
  }

  @Test
  void twoRunsGiveTheSameJsonBytesAndWorkbooksThatDifferOnlyInTheRunTime() throws IOException, InterruptedException {
    String json = run("rollforward", INPUT, "--format", "json");
    assertEquals(json, run("rollforward", INPUT, "--format", "json"));
    assertEquals(report, MAPPER.readTree(json));
    Thread.sleep(1100);
    Path second = directory.resolve("second.xlsx");
    run("rollforward", INPUT, "--format", "xlsx", "--output", second.toString());
    Map<String, byte[]> first = entries(Files.readAllBytes(workbook));
    Map<String, byte[]> other = entries(Files.readAllBytes(second));
    assertEquals(first.keySet(), other.keySet());
    List<String> differing = new ArrayList<>();
    first.forEach((name, bytes) -> {
      if (!java.util.Arrays.equals(bytes, other.get(name))) {
        differing.add(name);
      }
    });
    assertEquals(List.of("xl/sharedStrings.xml"), differing, "only the strings differ: the run time is one");
    String runAt = runAt(workbook);
    String otherRunAt = runAt(second);
    assertTrue(!runAt.equals(otherRunAt), runAt);
    assertArrayEquals(first.get("xl/sharedStrings.xml"),
        new String(other.get("xl/sharedStrings.xml"), "UTF-8").replace(otherRunAt, runAt).getBytes("UTF-8"));
  }

  private static String runAt(Path file) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
      for (Row row : book.getSheet("Summary")) {
        if (row.getCell(0) != null && new DataFormatter().formatCellValue(row.getCell(0)).equals("Run at")) {
          return row.getCell(1).getStringCellValue();
        }
      }
    }
    throw new AssertionError("the Summary has no run time");
  }

  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static BigDecimal level3(String date, String tranche) {
    for (JsonNode row : report.get("level3")) {
      if (row.get("date").asText().equals(date) && row.get("tranche").asText().equals(tranche)) {
        return row.get("fairValue").decimalValue();
      }
    }
    throw new AssertionError("no Level 3 row for " + tranche + " on " + date);
  }

  private static JsonNode event(String date, String tranche) {
    for (JsonNode row : report.get("events")) {
      if (row.get("date").asText().equals(date) && row.get("tranche").asText().equals(tranche)) {
        return row;
      }
    }
    throw new AssertionError("no event of " + tranche + " on " + date);
  }

  private static BigDecimal cents(double amount) {
    return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
  }

  private static void assertCents(BigDecimal expected, BigDecimal actual, String file) {
    assertEquals(0, expected.compareTo(actual), file + ": booked " + expected + ", value gives " + actual);
  }

  static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    assertEquals(Main.OK, exitCode, String.join(" ", args) + "\n" + err);
    return out.toString();
  }
}
