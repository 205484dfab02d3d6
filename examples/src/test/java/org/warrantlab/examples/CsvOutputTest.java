package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every command's CSV reads alike in any spreadsheet or parser: every header quoted, text quoted, numbers bare as
 * plain decimals (no exponent, no ".0" on an integer), and no number written as display text ("58.50%", "-10%").
 */
class CsvOutputTest {

  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d*[0-9])?");
  private static final Pattern DISPLAYED_NUMBER = Pattern.compile("[-+]?[\\d,.]+\\s*%|[-+]?\\d[\\d,]*\\.\\d+E-?\\d+");
  private static final String CAPSTONE = "examples/capstone-2009-09-30.json";
  private static final String ROLLFORWARD = "examples/capstone-fy2010-rollforward.json";

  @Test
  void everyCommandsCsvQuotesTextAndWritesNumbersAsPlainDecimals() {
    List<List<String>> commands = new ArrayList<>(List.of(
        List.of("value", CAPSTONE, "--paths", "4000"),
        List.of("value", "examples/american-dividend-payer.json", "--paths", "4000"),
        List.of("value", "examples/sobol-ratchet.json", "--paths", "4000"),
        List.of("greeks", CAPSTONE, "--paths", "4000"),
        List.of("sweep", CAPSTONE, "--paths", "4000", "--vary", "market.volatility=0.7,0.8"),
        List.of("tornado", CAPSTONE, "--paths", "4000"),
        List.of("converge", CAPSTONE, "--paths", "4000"),
        List.of("calibrate", "examples/capstone-2009-05-units.json", "--price", "0.55", "--paths", "4000")));
    for (String table : List.of("rollforward", "earnings", "events", "level3", "attribution")) {
      commands.add(List.of("rollforward", ROLLFORWARD, "--paths", "4000", "--attribution", "--table", table));
    }
    for (List<String> command : commands) {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of("--format", "csv"));
      String name = String.join(" ", args);
      List<String> lines = AuditFileTest.run(args.toArray(String[]::new)).lines().toList();
      List<Cell> header = cells(lines.get(0));
      assertTrue(header.stream().allMatch(Cell::quoted), name + ": every header quoted: " + lines.get(0));
      int numbers = 0;
      for (String line : lines.subList(1, lines.size())) {
        List<Cell> cells = cells(line);
        assertEquals(header.size(), cells.size(), name + ": " + line);
        for (Cell cell : cells) {
          if (cell.quoted()) {
            assertTrue(!DISPLAYED_NUMBER.matcher(cell.text()).matches(), name + ": a number as text: " + cell);
          } else if (!cell.text().isEmpty() && !cell.text().equals("true") && !cell.text().equals("false")) {
            assertTrue(PLAIN_NUMBER.matcher(cell.text()).matches(), name + ": not a plain decimal: " + cell);
            numbers++;
          }
        }
      }
      assertTrue(numbers > 0, name + " has numbers");
    }
  }

  @Test
  void theTornadosSettingsAreNumbersWithTheirUnitNamed() {
    List<String> lines = AuditFileTest.run("tornado", CAPSTONE, "--paths", "4000", "--format", "csv").lines().toList();
    assertTrue(lines.get(0).startsWith("\"input\",\"low\",\"high\",\"settingUnit\","), lines.get(0));
    String volatility = lines.stream().filter(l -> l.startsWith("\"Volatility\",")).findFirst().orElseThrow();
    List<Cell> cells = cells(volatility);
    assertEquals(0.72, Double.parseDouble(cells.get(1).text()), 1e-12);
    assertEquals(0.88, Double.parseDouble(cells.get(2).text()), 1e-12);
    assertEquals("fraction", cells.get(3).text());
    String term = lines.stream().filter(l -> l.startsWith("\"Term\",")).findFirst().orElseThrow();
    assertTrue(term.startsWith("\"Term\",-0.1,0.1,\"relative change, as a fraction\","), term);
  }

  /** A cell as written: its text without quotes, and whether it was quoted. */
  private record Cell(String text, boolean quoted) {
  }

  private static List<Cell> cells(String line) {
    List<Cell> cells = new ArrayList<>();
    int i = 0;
    while (i <= line.length()) {
      if (i < line.length() && line.charAt(i) == '"') {
        StringBuilder text = new StringBuilder();
        i++;
        while (true) {
          if (line.charAt(i) == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            text.append('"');
            i += 2;
          } else if (line.charAt(i) == '"') {
            i++;
            break;
          } else {
            text.append(line.charAt(i++));
          }
        }
        cells.add(new Cell(text.toString(), true));
        i++;
      } else {
        int end = line.indexOf(',', i);
        end = end < 0 ? line.length() : end;
        cells.add(new Cell(line.substring(i, end), false));
        i = end + 1;
      }
    }
    return cells;
  }
}
