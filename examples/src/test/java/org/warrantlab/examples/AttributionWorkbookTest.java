package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rollforward --attribution --format xlsx} adds an Attribution sheet whose every line total and change,
 * evaluated by POI, is the JSON report's split to the cent, beside the other sheets' formulas.
 */
class AttributionWorkbookTest {

  @TempDir
  Path directory;

  @Test
  void theAttributionSheetsTotalsAndChangesAreTheJsonSplitToTheCent() throws IOException {
    String input = "examples/capstone-fy2010-rollforward.json";
    JsonNode report = new ObjectMapper().readTree(AuditFileTest.run("rollforward", input, "--paths", "4000",
        "--attribution", "--format", "json"));
    Path file = directory.resolve("split.xlsx");
    AuditFileTest.run("rollforward", input, "--paths", "4000", "--attribution", "--format", "xlsx", "--output",
        file.toString());
    int spans = report.get("attribution").get("spans").size();
    int withoutSplit;
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
      assertTrue(book.getSheet("Attribution") != null, "the sheet is there");
      book.removeSheetAt(book.getSheetIndex("Attribution"));
      Path other = directory.resolve("without.xlsx");
      try (var out = Files.newOutputStream(other)) {
        book.write(out);
      }
      withoutSplit = AuditFileTest.checkEveryFormula(other, report);
    }
    int checked = AuditFileTest.checkEveryFormula(file, report);
    int spanFormulas = 0;
    for (JsonNode span : report.get("attribution").get("spans")) {
      JsonNode tranches = span.get("tranches");
      spanFormulas += tranches.get(tranches.size() - 1).get("attribution").size() + tranches.size();
    }
    assertEquals(spanFormulas, checked - withoutSplit, "each of " + spans + " spans: a total per line, a change"
        + " per tranche and in total");
  }
}
