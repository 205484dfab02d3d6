package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvergeCommandTest {

  @TempDir
  Path directory;

  @Test
  void pathCountsDoubleUpToTheFilesAndTheLastRunIsTheValuation() throws IOException {
    // without the control variate, which would value these plain tranches at their closed forms
    String file = InputFiles.uncontrolled(directory).toString();
    CliRun run = CliRun.of("converge", file, "--start", "1000", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode runs = InputFiles.MAPPER.readTree(run.out()).get("runs");
    long[] expected = {1_000, 2_000, 4_000, 8_000, 16_000, 20_000};
    assertEquals(expected.length, runs.size());
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], runs.get(i).get("paths").asLong());
    }
    // the payoff is heavy-tailed (80% volatility, up to 7 years), so 500 pairs underestimate the standard
    // deviation; the error still falls from the first run to the last
    assertTrue(runs.get(runs.size() - 1).get("standardError").asDouble() < runs.get(0).get("standardError").asDouble());
    JsonNode value = InputFiles.MAPPER.readTree(CliRun.of("value", file, "--format", "json").out());
    assertEquals(value.get("totalFairValue").asDouble(), runs.get(runs.size() - 1).get("estimate").asDouble(), 0.0);
  }

  @Test
  void aBookValuedAtItsClosedFormsSaysThatMorePathsDoNotChangeIt() {
    String file = InputFiles.write(directory, "book.json", InputFiles.VALID).toString();
    CliRun run = CliRun.of("converge", file, "--start", "5000");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Every run's standard error is 0"), run.out());
    assertFalse(run.out().contains("falls as 1/√paths"), run.out());
  }

  @Test
  void aStartAboveThePathsIsRefused() {
    String file = InputFiles.write(directory, "book.json", InputFiles.VALID).toString();
    CliRun run = CliRun.of("converge", file, "--start", "50000");
    assertEquals(2, run.exitCode());
    assertEquals("warrantlab: --paths (20000) must not be below the start (50000)", run.err().strip());
  }
}
