package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A zero standard error is never shown as precision: it is either exact by the control variate or unresolved. */
class ResolutionReportTest {

  @TempDir
  Path directory;

  private Path degenerateBook() {
    ObjectNode root = InputFiles.resetTree();
    root.putArray("financings");
    InputFiles.warrant(root, 0).put("exercisePrice", 1000);
    InputFiles.warrant(root, 1).put("exercisePrice", 40);
    return InputFiles.write(directory, "degenerate.json", root);
  }

  @Test
  void aTrancheNoPathPaysIsUnresolvedAndAControlVariateTrancheIsExact() throws Exception {
    Path input = degenerateBook();
    CliRun json = CliRun.of("value", input.toString(), "--format", "json", "--paths", "2000");
    assertEquals(0, json.exitCode(), json.err());
    JsonNode warrants = InputFiles.MAPPER.readTree(json.out()).get("warrants");
    assertEquals(0.0, warrants.get(0).get("fairValuePerWarrant").asDouble());
    assertEquals("the simulation cannot resolve it: no simulated path pays",
        warrants.get(0).get("resolution").asText());
    assertEquals(warrants.get(1).get("closedFormPerWarrant").asDouble(),
        warrants.get(1).get("fairValuePerWarrant").asDouble(), 1e-12);
    assertEquals("exact (closed form via control variate)", warrants.get(1).get("resolution").asText());
    CliRun table = CliRun.of("value", input.toString(), "--paths", "2000");
    assertTrue(table.out().lines().anyMatch(line -> line.startsWith("2008-09 ") && line.contains(" unresolved ")),
        table.out());
    assertTrue(table.out().lines().anyMatch(line -> line.startsWith("2009-09 ") && line.contains(" exact ")),
        table.out());
    assertTrue(table.out().contains("\n  2008-09: the simulation cannot resolve it: no simulated path pays\n"),
        table.out());
    assertTrue(table.out().contains("\n  2009-09: exact (closed form via control variate)\n"), table.out());
  }

  @Test
  void anOrdinaryEstimateIsSampled() throws Exception {
    Path input = InputFiles.write(directory, "reset.json", InputFiles.resetTree());
    CliRun json = CliRun.of("value", input.toString(), "--format", "json", "--paths", "2000");
    JsonNode first = InputFiles.MAPPER.readTree(json.out()).get("warrants").get(0);
    assertTrue(first.get("standardError").asDouble() > 0, json.out());
    assertEquals("sampled", first.get("resolution").asText());
  }
}
