package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValueCommandTest {

  @TempDir
  Path directory;

  private Path input() {
    return InputFiles.write(directory, "book.json", InputFiles.VALID);
  }

  @Test
  void jsonOutputHasTheContractFields() throws IOException {
    CliRun run = CliRun.of("value", input().toString(), "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = InputFiles.MAPPER.readTree(run.out());
    JsonNode warrants = root.get("warrants");
    assertEquals(2, warrants.size());
    double sum = 0;
    for (JsonNode warrant : warrants) {
      for (String field : new String[] {"id", "fairValuePerWarrant", "standardError", "fairValue"}) {
        assertTrue(warrant.hasNonNull(field), field);
      }
      assertEquals(warrant.get("fairValuePerWarrant").asDouble() * warrant.get("count").asDouble(),
          warrant.get("fairValue").asDouble(), 1e-6);
      sum += warrant.get("fairValue").asDouble();
    }
    assertEquals(sum, root.get("totalFairValue").asDouble(), 1e-6);
    assertEquals("2008-09", warrants.get(0).get("id").asText());
    assertEquals(20091130, root.get("simulation").get("seed").asLong());
    assertEquals(1.32, root.get("market").get("spot").asDouble(), 0.0);
  }

  @Test
  void jsonIsBitIdenticalOnOneThreadAndTwo() {
    Path file = input();
    CliRun one = CliRun.of("value", file.toString(), "--format", "json", "--threads", "1");
    CliRun two = CliRun.of("value", file.toString(), "--format", "json", "--threads", "2");
    assertEquals(0, one.exitCode(), one.err());
    assertEquals(one.out(), two.out());
  }

  @Test
  void seedAndPathsOnTheCommandLineOverrideTheFile() throws IOException {
    CliRun run = CliRun.of("value", input().toString(), "--format", "json", "--seed", "7", "--paths", "1000");
    JsonNode simulation = InputFiles.MAPPER.readTree(run.out()).get("simulation");
    assertEquals(7, simulation.get("seed").asLong());
    assertEquals(1000, simulation.get("paths").asLong());
  }

  @Test
  void tableEchoesInputsAndShowsTotalsAndRunDetails() {
    CliRun run = CliRun.of("value", input().toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("2008-09"));
    assertTrue(run.out().contains("6,445,698"));
    assertTrue(run.out().contains("Volatility (annualised)      80.00%"));
    assertTrue(run.out().contains("Total"));
    assertTrue(run.out().contains("seed 20091130"));
    assertTrue(run.out().contains("Closed form"));
  }

  @Test
  void csvHasAHeaderARowPerTrancheAndATotal() {
    CliRun run = CliRun.of("value", input().toString(), "--format", "csv");
    String[] lines = run.out().strip().split("\n");
    assertEquals(4, lines.length);
    assertTrue(lines[0].startsWith("\"id\",\"count\",\"sharesPerWarrant\",\"exercisePrice\",\"expiryDate\",\"fairValuePerWarrant\""));
    assertTrue(lines[1].startsWith("\"2008-09\",6445698,1,1.92,\"2013-09-23\","));
    assertTrue(lines[3].startsWith("\"TOTAL\","));
  }

  @Test
  void outputOptionWritesTheReportToAFile() throws IOException {
    Path output = directory.resolve("out.json");
    CliRun run = CliRun.of("value", input().toString(), "--format", "json", "--output", output.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertTrue(InputFiles.MAPPER.readTree(output.toFile()).has("totalFairValue"));
    try (var listing = Files.list(directory)) {
      assertEquals(2, listing.count(), "no temporary file is left beside the output");
    }
  }

  @Test
  void everyCommandHasHelp() {
    CliRun top = CliRun.of("--help");
    CliRun value = CliRun.of("value", "--help");
    assertEquals(0, top.exitCode());
    assertEquals(0, value.exitCode());
    assertTrue(top.out().contains("value"));
    assertTrue(value.out().contains("--format") && value.out().contains("Example"));
  }
}
