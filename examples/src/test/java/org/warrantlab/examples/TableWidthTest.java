package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every example's valuation table and path replay fit 120 columns by default (descriptions wrapped, the 95%
 * interval left to {@code --wide}); a line of prose that opens with a caption ("Simulation:", "Audit trail:") is
 * a sentence, not a table line, and may run on. With {@code --wide} the interval is back.
 */
class TableWidthTest {

  private static final int COLUMNS = 120;

  @Test
  void everyExamplesValueTableAndReplayFitOneHundredTwentyColumns() throws IOException {
    List<String> examples;
    try (Stream<Path> files = Files.list(Path.of("examples"))) {
      examples = files.map(Path::toString).filter(name -> name.endsWith(".json") && !name.endsWith("-rollforward.json"))
          .sorted().toList();
    }
    assertTrue(examples.size() >= 8, "the examples: " + examples);
    for (String example : examples) {
      assertFits("value " + example, AuditFileTest.run("value", example, "--paths", "4000"));
      assertFits("explain " + example, AuditFileTest.run("explain", example, "--paths", "4000", "--path", "2"));
      assertTrue(AuditFileTest.run("value", example, "--paths", "4000", "--wide").contains("95% interval  Closed"),
          example + " --wide shows the interval");
    }
  }

  private static void assertFits(String command, String output) {
    for (String line : output.lines().toList()) {
      boolean prose = line.matches("[A-Z][A-Za-z -]*: .*") || line.startsWith("Path ");
      assertTrue(prose || line.length() <= COLUMNS, command + ": " + line.length() + " columns: " + line);
    }
  }
}
