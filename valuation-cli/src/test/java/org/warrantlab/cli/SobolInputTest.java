package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulation.method} SOBOL through the command line: read, echoed in every format, reproducible. */
class SobolInputTest {

  @TempDir
  Path directory;

  private Path sobol(Consumer<ObjectNode> more) {
    ObjectNode root = InputFiles.resetTree();
    ObjectNode simulation = (ObjectNode) root.get("simulation");
    simulation.put("method", "SOBOL").put("randomisations", 8).put("paths", 20_000);
    more.accept(root);
    return InputFiles.write(directory, "sobol.json", root);
  }

  @Test
  void jsonEchoesTheMethodItsRandomisationsAndTheirDegreesOfFreedom() throws IOException {
    CliRun run = CliRun.of("value", sobol(root -> { }).toString(), "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = InputFiles.MAPPER.readTree(run.out());
    JsonNode simulation = root.get("simulation");
    assertEquals("SOBOL", simulation.get("method").asText());
    assertEquals(8, simulation.get("randomisations").asInt());
    assertEquals(4096, simulation.get("pointsPerRandomisation").asInt(), "20,000 / 8 = 2,500, up to 4,096");
    assertEquals(7, simulation.get("degreesOfFreedom").asInt());
    assertEquals(8 * 4096, simulation.get("paths").asLong());
    assertEquals(false, simulation.get("antithetic").asBoolean(), "Sobol points are not mirrored");
    JsonNode tranche = root.get("warrants").get(0);
    double halfWidth = tranche.get("confidenceInterval95").get("upper").asDouble()
        - tranche.get("fairValuePerWarrant").asDouble();
    // Student's t quantile on 7 degrees of freedom: 2.365.
    assertEquals(2.3646, halfWidth / tranche.get("standardError").asDouble(), 1e-4);
  }

  @Test
  void pseudoRandomIsTheDefaultAndSaysSo() throws IOException {
    Path input = InputFiles.write(directory, "book.json", InputFiles.VALID);
    JsonNode simulation = InputFiles.MAPPER.readTree(CliRun.of("value", input.toString(), "--format", "json").out())
        .get("simulation");
    assertEquals("PSEUDO", simulation.get("method").asText());
    assertTrue(simulation.get("randomisations").isNull());
    assertEquals(true, simulation.get("antithetic").asBoolean());
  }

  @Test
  void jsonIsBitIdenticalOnOneThreadAndTwo() {
    Path input = sobol(root -> { });
    CliRun one = CliRun.of("value", input.toString(), "--format", "json", "--threads", "1");
    CliRun two = CliRun.of("value", input.toString(), "--format", "json", "--threads", "2");
    assertEquals(0, one.exitCode(), one.err());
    assertEquals(one.out(), two.out());
  }

  @Test
  void tableAndCsvNameTheMethod() {
    Path input = sobol(root -> { });
    CliRun table = CliRun.of("value", input.toString(), "--wide");
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().contains("Simulation: 32,768 paths (randomised Sobol: 8 random digital shifts of 4,096"
        + " points, standard errors from the 8 replicates on 7 degrees of freedom, Student-t intervals)"), table.out());
    CliRun csv = CliRun.of("value", input.toString(), "--format", "csv");
    String[] lines = csv.out().strip().split("\n");
    assertTrue(lines[0].endsWith(",\"seed\",\"paths\",\"method\",\"randomisations\""), lines[0]);
    assertTrue(lines[1].endsWith(",32768,\"SOBOL\",8"), lines[1]);
    assertTrue(lines[lines.length - 1].endsWith(",32768,\"SOBOL\",8"), lines[lines.length - 1]);
  }

  @Test
  void explainReplaysASobolPointAndSaysWhichOne() {
    CliRun run = CliRun.of("explain", sobol(root -> { }).toString(), "--path", "4097");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Path 4097 of 32,768"), run.out());
    assertTrue(run.out().contains("Sobol point 1 of randomisation 1"), run.out());
    assertTrue(run.out().contains("expiry 2008-09"), run.out());
  }

  @Test
  void commandLineOverridesKeepTheMethod() throws IOException {
    CliRun run = CliRun.of("value", sobol(root -> { }).toString(), "--format", "json", "--paths", "1000");
    JsonNode simulation = InputFiles.MAPPER.readTree(run.out()).get("simulation");
    assertEquals("SOBOL", simulation.get("method").asText());
    assertEquals(8 * 128, simulation.get("paths").asLong());
  }
}
