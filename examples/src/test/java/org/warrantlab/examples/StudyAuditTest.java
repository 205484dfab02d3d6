package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warrantlab.cli.audit.AuditTrail;

/**
 * The audit trail and the workbooks of the studies: every command's JSON starts with the same audit object and is
 * the same bytes on a second run; every formula of the {@code greeks}, {@code sweep} and {@code tornado} workbooks
 * and of the roll-forward's Sensitivity sheet, evaluated by POI, gives the figure the JSON report gives to the cent.
 */
class StudyAuditTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final BigDecimal CENT = new BigDecimal("0.005");
  private static final DataFormatter TEXT = new DataFormatter();
  private static final String CAPSTONE = "examples/capstone-2009-09-30.json";
  private static final String PLAIN = "examples/plain-warrant.json";
  private static final String PRICES = "examples/illustrative-prices.csv";

  @TempDir
  Path directory;

  @Test
  void everyCommandsJsonStartsWithTheAuditTrailAndIsTheSameBytesOnASecondRun() {
    List<List<String>> commands = List.of(
        List.of("greeks", PLAIN, "--paths", "4000"),
        List.of("sweep", PLAIN, "--vary", "market.volatility=0.6,0.8", "--paths", "4000"),
        List.of("tornado", PLAIN, "--paths", "4000"),
        List.of("converge", PLAIN, "--start", "1000", "--paths", "4000"),
        List.of("value", PLAIN, "--paths", "4000"),
        List.of("vol", PRICES, "--term", "1"),
        List.of("vwap", PRICES, "--end", "2010-12-31", "--days", "10"));
    for (List<String> command : commands) {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of("--format", "json"));
      String json = AuditFileTest.run(args.toArray(String[]::new));
      assertEquals(json, AuditFileTest.run(args.toArray(String[]::new)), String.join(" ", args));
      JsonNode audit = read(json).get("audit");
      String name = command.get(0);
      assertEquals(read(json).fieldNames().next(), "audit", name + ": the report starts with its audit trail");
      assertEquals(command.get(1), audit.get("input").asText(), name);
      assertEquals(AuditTrail.sha256(Path.of(command.get(1))), audit.get("inputSha256").asText(), name);
      assertTrue(audit.get("software").asText().startsWith("warrantlab "), name);
      boolean simulates = !name.equals("vol") && !name.equals("vwap");
      List<String> fields = new ArrayList<>();
      audit.fieldNames().forEachRemaining(fields::add);
      assertEquals(simulates ? List.of("software", "revision", "input", "inputSha256", "seed", "paths", "method")
          : List.of("software", "revision", "input", "inputSha256"), fields, name + ": never the clock time");
      if (simulates) {
        assertEquals(20091130, audit.get("seed").asLong(), name);
        assertEquals(4000, audit.get("paths").asLong(), name);
      }
    }
  }

  @Test
  void theGreeksWorkbooksSumsAreEachTranchesFiguresTimesItsWarrantsAsTheJsonGivesThem() throws IOException {
    JsonNode report = read(AuditFileTest.run("greeks", CAPSTONE, "--paths", "8000", "--format", "json"));
    Path file = directory.resolve("greeks.xlsx");
    AuditFileTest.run("greeks", CAPSTONE, "--paths", "8000", "--format", "xlsx", "--output", file.toString());
    int checked = checkFormulas(file, (sheet, cell) -> {
      String figure = sheet.equals("Summary") ? "value" : header(sheet, cell).toLowerCase(java.util.Locale.ROOT);
      double sum = 0;
      for (JsonNode warrant : report.get("warrants")) {
        JsonNode perWarrant = figure.equals("value") ? warrant.get("value") : warrant.get("bumped").get(figure);
        sum += warrant.get("count").asLong() * perWarrant.get("value").asDouble();
      }
      return MAPPER.getNodeFactory().numberNode(sum);
    });
    int greeks = report.get("book").get("bumped").get("theta").isNull() ? 5 : 6;
    assertEquals(greeks + 1, checked, "Σ warrants × per warrant of the value and each Greek, and the Summary's value");
  }

  @Test
  void theSweepWorkbooksDifferencesToTheFilesCellAndSumsOfTranchesAreTheJsonReportsFigures() throws IOException {
    List<String> args = List.of("sweep", CAPSTONE, "--vary", "market.volatility=0.7,0.8,0.9", "--paths", "8000");
    JsonNode report = read(AuditFileTest.run(with(args, "--format", "json")));
    Path file = directory.resolve("sweep.xlsx");
    AuditFileTest.run(with(args, "--format", "xlsx", "--output", file.toString()));
    JsonNode cells = report.get("cells");
    double fileVolatility = report.get("market").get("volatility").asDouble();
    JsonNode base = null;
    for (JsonNode cell : cells) {
      if (cell.get("inputs").get("market.volatility").asDouble() == fileVolatility) {
        base = cell;
      }
    }
    JsonNode baseCell = base;
    assertTrue(baseCell != null, "the grid holds the file's volatility, " + fileVolatility);
    int checked = checkFormulas(file, (sheet, cell) -> {
      JsonNode row = cells.get(cell.getRowIndex() - 2);
      if (header("Sweep", cell).equals("Sum of the tranches")) {
        double sum = 0;
        for (JsonNode warrant : row.get("warrants")) {
          sum += warrant.get("fairValue").asDouble();
        }
        return MAPPER.getNodeFactory().numberNode(sum);
      }
      return MAPPER.getNodeFactory().numberNode(row.get("totalFairValue").asDouble()
          - baseCell.get("totalFairValue").asDouble());
    });
    assertEquals(6, checked, "each of three cells' difference to the file's cell and sum of tranches");
  }

  @Test
  void theTornadoWorkbooksSwingsAndDifferencesAreTheJsonReportsFigures() throws IOException {
    JsonNode report = read(AuditFileTest.run("tornado", CAPSTONE, "--paths", "8000", "--format", "json"));
    Path file = directory.resolve("tornado.xlsx");
    AuditFileTest.run("tornado", CAPSTONE, "--paths", "8000", "--format", "xlsx", "--output", file.toString());
    int checked = checkFormulas(file, tornadoFigures(report, "Tornado"));
    assertEquals(3 * report.get("inputs").size() + 2, checked, "three formulas a bar, the Summary's base and swing");
  }

  @Test
  void theRollForwardsSensitivitySheetIsTheTornadoOfTheClosingDatesEmittedInput() throws IOException {
    String input = "examples/capstone-fy2010-rollforward.json";
    Path file = directory.resolve("fy2010.xlsx");
    Path inputs = directory.resolve("inputs");
    AuditFileTest.run("rollforward", input, "--paths", "8000", "--format", "xlsx", "--output", file.toString(),
        "--sensitivity", "--emit-inputs", inputs.toString());
    JsonNode tornado = read(AuditFileTest.run("tornado", inputs.resolve("2010-03-31-closing.json").toString(),
        "--format", "json"));
    int bars = tornado.get("inputs").size();
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
      Sheet sheet = book.getSheet("Sensitivity");
      for (int bar = 0; bar < bars; bar++) {
        Row row = sheet.getRow(bar + 2);
        JsonNode expected = tornado.get("inputs").get(bar);
        assertEquals(expected.get("input").asText(), text(row, 0));
        assertEquals(expected.get("atLow").get("value").asDouble(), row.getCell(3).getNumericCellValue());
        assertEquals(expected.get("atHigh").get("value").asDouble(), row.getCell(5).getNumericCellValue());
      }
    }
    int checked = checkFormulas(file, (sheet, cell) -> sheet.equals("Sensitivity")
        ? tornadoFigures(tornado, "Sensitivity").apply(sheet, cell) : null);
    assertTrue(checked >= 3 * bars, "the Sensitivity sheet's formulas: " + checked);
    String memo = AuditFileTest.run("rollforward", input, "--paths", "8000", "--format", "markdown",
        "--sensitivity");
    assertTrue(memo.contains("## Sensitivity of the closing liability"));
    assertTrue(memo.contains(String.format(java.util.Locale.US, "%,.2f", tornado.get("inputs").get(0).get("swing")
        .asDouble())), "the memo gives the widest swing");
  }

  /** The tornado JSON's figure for a formula of a tornado sheet (or the tornado workbook's Summary). */
  private static BiFunction<String, Cell, JsonNode> tornadoFigures(JsonNode report, String tornadoSheet) {
    double base = report.get("base").get("value").asDouble();
    return (sheet, cell) -> {
      if (sheet.equals("Summary")) {
        return text(cell.getRow(), 0).equals("Base value") ? report.get("base").get("value")
            : report.get("inputs").get(0).get("swing");
      }
      assertEquals(tornadoSheet, sheet);
      JsonNode bar = report.get("inputs").get(cell.getRowIndex() - 2);
      return switch (header(sheet, cell)) {
        case "Low − base" -> MAPPER.getNodeFactory().numberNode(bar.get("atLow").get("value").asDouble() - base);
        case "High − base" -> MAPPER.getNodeFactory().numberNode(bar.get("atHigh").get("value").asDouble() - base);
        case "Swing" -> bar.get("swing");
        default -> throw new AssertionError("an unexpected formula under " + header(sheet, cell));
      };
    };
  }

  /**
   * Evaluates every formula of the workbook with POI and checks it against {@code expected} (sheet name, cell) to
   * the cent; a null expectation skips the cell (another test checks it). Returns how many were checked.
   */
  private static int checkFormulas(Path file, BiFunction<String, Cell, JsonNode> expected) throws IOException {
    int checked = 0;
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
      FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() != CellType.FORMULA) {
              continue;
            }
            CellValue value = evaluator.evaluate(cell);
            assertEquals(CellType.NUMERIC, value.getCellType(), sheet.getSheetName() + "!" + cell.getAddress());
            JsonNode figure = expected.apply(sheet.getSheetName(), cell);
            if (figure == null) {
              continue;
            }
            BigDecimal actual = BigDecimal.valueOf(value.getNumberValue());
            BigDecimal want = figure.decimalValue();
            assertTrue(actual.subtract(want).abs().compareTo(CENT) <= 0, () -> sheet.getSheetName() + "!"
                + cell.getAddress() + " = " + cell.getCellFormula() + " computes " + actual + " but the JSON gives "
                + want);
            checked++;
          }
        }
      }
    }
    return checked;
  }

  /** The caption of the cell's column on its sheet's header row (the second). */
  private static String header(String sheet, Cell cell) {
    return text(cell.getSheet().getRow(1), cell.getColumnIndex());
  }

  private static String text(Row row, int col) {
    Cell cell = row == null ? null : row.getCell(col);
    return cell == null ? "" : TEXT.formatCellValue(cell).strip();
  }

  private static String[] with(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new AssertionError(json, e);
    }
  }
}
