package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GreeksCommandTest {

  @TempDir
  Path directory;

  @Test
  void jsonHasBumpedPathwiseAndClosedFormGreeksOfAPlainBook() throws IOException {
    CliRun run = CliRun.of("greeks", InputFiles.write(directory, "book.json", InputFiles.VALID).toString(),
        "--format", "json", "--paths", "20000");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode report = InputFiles.MAPPER.readTree(run.out());
    JsonNode warrant = report.get("warrants").get(0);
    for (String greek : new String[] {"delta", "gamma", "vega", "rho", "theta"}) {
      // each plain tranche is its own control variate: its bumped Greeks are the closed form's differences
      assertEquals(0.0, warrant.get("bumped").get(greek).get("standardError").asDouble(), greek);
      assertEquals(0.0, warrant.get("closedForm").get(greek).get("standardError").asDouble(), greek);
      assertTrue(report.get("book").get("bumped").has(greek), greek);
    }
    assertTrue(warrant.get("pathwise").get("delta").get("value").asDouble() > 0);
    assertTrue(warrant.get("pathwise").get("delta").get("standardError").asDouble() > 0);
    assertEquals(0.01, report.get("bumps").get("spotFraction").asDouble(), 0.0);
    assertTrue(report.get("thetaUnavailable").isNull());
    // the diluting tranche is plain too: N/(N+M) is a constant
    assertTrue(report.get("warrants").get(1).get("closedForm").isObject());
  }

  @Test
  void aResetTrancheHasNoPathwiseOrClosedFormFigures() throws IOException {
    CliRun run = CliRun.of("greeks", InputFiles.write(directory, "reset.json", InputFiles.resetTree()).toString(),
        "--format", "json", "--paths", "10000");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode warrant = InputFiles.MAPPER.readTree(run.out()).get("warrants").get(0);
    assertTrue(warrant.get("pathwise").isNull());
    assertTrue(warrant.get("closedForm").isNull());
    assertTrue(warrant.get("bumped").get("vega").get("value").asDouble() > 0);
  }

  @Test
  void aTrancheValuedByLongstaffSchwartzIsRefusedAtItsPathWithTheCommandsThatGiveItsSensitivities() {
    Path file = InputFiles.variant(directory, tree -> {
      ((ObjectNode) tree.get("market")).put("dividendYield", 0.05);
      InputFiles.warrant(tree, 1).put("exerciseStyle", "AMERICAN");
    });
    CliRun run = CliRun.of("greeks", file.toString(), "--paths", "4000");
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("warrantlab: " + file + ": warrants[1].exerciseStyle AMERICAN with a dividend yield, a negative"
        + " rate or a post-money financing is valued by Longstaff–Schwartz, whose Greeks this version does not"
        + " give; use value, sweep or tornado for its sensitivities", run.err().strip());
  }

  @Test
  void jsonIsBitIdenticalOnOneThreadAndTwo() {
    String file = InputFiles.write(directory, "reset.json", InputFiles.resetTree()).toString();
    CliRun one = CliRun.of("greeks", file, "--format", "json", "--paths", "8000", "--threads", "1");
    CliRun two = CliRun.of("greeks", file, "--format", "json", "--paths", "8000", "--threads", "2");
    assertEquals(0, one.exitCode(), one.err());
    assertEquals(one.out(), two.out());
  }

  @Test
  void tableShowsEachMethodAndTheBumpsAndCsvHasARowPerFigure() {
    String file = InputFiles.write(directory, "book.json", InputFiles.VALID).toString();
    CliRun table = CliRun.of("greeks", file, "--paths", "4000");
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().contains("closed form") && table.out().contains("pathwise"), table.out());
    assertTrue(table.out().contains("share price ±1% (±0.0132)"), table.out());
    CliRun csv = CliRun.of("greeks", file, "--paths", "4000", "--format", "csv");
    String[] lines = csv.out().strip().split("\n");
    assertEquals("id,method,measure,value,standardError,seed,paths,software,revision,input,inputSha256", lines[0]);
    // per tranche: 6 bumped, 2 pathwise, 6 closed form; the book: 6
    assertEquals(1 + 2 * 14 + 6, lines.length);
  }
}
