package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study of thousands of valuations is refused up front with its count, unless --max-valuations allows it. */
class StudyLimitTest {

  @TempDir
  Path directory;

  @Test
  void aSweepOfThousandsOfCellsIsRefusedWithItsCount() {
    String input = InputFiles.write(directory, "book.json", InputFiles.VALID).toString();
    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CliRun.of("sweep", input, "--paths", "1000",
        "--vary", "market.spot=1:100:1", "--vary", "market.volatility=0.1:1:0.02"));
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("warrantlab: " + input + ": this sweep would run 4,600 valuations of 1,000 paths each, more than"
        + " the 2,000 allowed; study fewer inputs or values, or allow them with --max-valuations 4600",
        run.err().strip());
  }

  @Test
  void theLimitIsTheUsersToSet() {
    String input = InputFiles.write(directory, "book.json", InputFiles.VALID).toString();
    CliRun refused = CliRun.of("sweep", input, "--paths", "1000", "--vary", "market.spot=1:3:1",
        "--max-valuations", "2");
    assertEquals(2, refused.exitCode(), refused.err());
    CliRun allowed = CliRun.of("sweep", input, "--paths", "1000", "--vary", "market.spot=1:3:1",
        "--max-valuations", "3");
    assertEquals(0, allowed.exitCode(), allowed.err());
  }
}
