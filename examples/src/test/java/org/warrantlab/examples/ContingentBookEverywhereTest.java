package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warrantlab.cli.Main;

/**
 * A book contingent on a business combination or a fundamental transaction is the same book to every
 * command that values it: a one-cell sweep at the file's own spot and a batch of the one file give the
 * bits of {@code value}, not the value of the book without its contingencies.
 */
class ContingentBookEverywhereTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"examples/spac-before-combination.json", "examples/spac-after-combination.json",
      "examples/registered-direct-fundamental-transaction.json"})
  void sweepAndBatchValueTheBookAsValueDoes(String file) throws IOException {
    JsonNode value = JSON.readTree(AuditFileTest.run("value", file, "--paths", "4000", "--format", "json"));
    double spot = value.get("market").get("spot").asDouble();
    JsonNode sweep = JSON.readTree(AuditFileTest.run("sweep", file, "--paths", "4000", "--vary",
        "market.spot=" + spot + ":" + spot + ":1", "--format", "json"));
    JsonNode batch = JSON.readTree(AuditFileTest.run("batch", file, "--paths", "4000", "--format", "json"));
    double total = value.get("totalFairValue").asDouble();
    assertEquals(total, sweep.get("cells").get(0).get("totalFairValue").asDouble(), 0.0, "sweep of " + file);
    assertEquals(total, batch.get("files").get(0).get("totalFairValue").asDouble(), 0.0, "batch of " + file);
  }

  @Test
  void greeksRefusesABookContingentOnACombinationInOneLine() {
    StringWriter err = new StringWriter();
    int exitCode = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "greeks",
        "examples/spac-before-combination.json", "--paths", "2000");
    assertEquals(Main.BAD_INPUT, exitCode);
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().contains("businessCombination greeks does not value a book contingent"), err.toString());
  }
}
