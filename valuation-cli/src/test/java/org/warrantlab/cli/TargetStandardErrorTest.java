package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code value --target-se}: more paths, same seed, until the total's standard error is below the target. */
class TargetStandardErrorTest {

  @TempDir
  Path directory;

  @Test
  void addsPathsUntilTheTotalsStandardErrorIsBelowTheTarget() throws IOException {
    String file = InputFiles.uncontrolled(directory).toString();
    JsonNode start = InputFiles.MAPPER.readTree(CliRun.of("value", file, "--format", "json").out());
    double target = start.get("totalStandardError").asDouble() / 2;
    CliRun run = CliRun.of("value", file, "--format", "json", "--target-se", String.valueOf(target));
    assertEquals(0, run.exitCode(), run.err());
    JsonNode report = InputFiles.MAPPER.readTree(run.out());
    assertTrue(report.get("totalStandardError").asDouble() < target);
    long paths = report.get("simulation").get("paths").asLong();
    assertTrue(paths >= 4 * 20_000 && paths <= 6 * 20_000, "half the error takes about four times the paths: " + paths);
    assertTrue(run.err().contains(String.format(Locale.US, "with %,d paths", paths)), run.err());
    assertTrue(run.err().contains("runs of 20,000, "), run.err());
  }

  @Test
  void aTargetBeyondTheLimitIsOneLineAndNoOutput() {
    String file = InputFiles.uncontrolled(directory).toString();
    Path output = directory.resolve("out.json");
    CliRun run = CliRun.of("value", file, "--target-se", "1", "--max-paths", "1000000", "--output", output.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("warrantlab: --target-se 1.00 needs about "), run.err());
    assertTrue(run.err().strip().endsWith("more than the limit of 1,000,000"), run.err());
    assertFalse(Files.exists(output));
  }

  @Test
  void aBookValuedAtItsClosedFormsMeetsAnyTargetWithItsFirstRun() {
    String file = InputFiles.write(directory, "book.json", InputFiles.VALID).toString();
    CliRun run = CliRun.of("value", file, "--format", "json", "--target-se", "1");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("standard error 0.00 with 20,000 paths"), run.err());
  }
}
