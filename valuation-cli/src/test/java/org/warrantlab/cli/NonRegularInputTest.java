package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input files that never end or are not files at all are refused in one line, and parser jargon is translated. */
class NonRegularInputTest {

  @TempDir
  Path directory;

  @Test
  void anEndlessDeviceIsRefusedAsAPriceFileAndAsAnInput() {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
    assertRefused("warrantlab: /dev/zero is not a regular file (a device, a pipe or a socket); save the CSV to a file"
        + " and give that", "vol", "/dev/zero", "--term", "0.5", "--to", "2009-06-30");
    assertRefused("warrantlab: /dev/zero is not a regular file (a device, a pipe or a socket); save the JSON to a"
        + " file and give that", "value", "/dev/zero");
  }

  @Test
  void aSecondObjectAfterTheFirstIsSaidInTheUsersTerms() {
    Path file = InputFiles.write(directory, "two.json", "{\"a\":1}{\"b\":2}");
    assertRefused("warrantlab: " + file + " is not valid JSON at line 1, column 8: more follows after the first JSON"
        + " value ends; a file holds one JSON object", "value", file.toString());
  }

  @Test
  void aThousandDigitNumberIsSaidInTheUsersTerms() {
    Path file = InputFiles.write(directory, "long.json", "{\"a\":" + "9".repeat(5000) + "}");
    assertRefused("warrantlab: " + file + " is not valid JSON: a number is 5000 characters long, more than the 1000"
        + " allowed", "value", file.toString());
  }

  private static void assertRefused(String message, String... args) {
    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CliRun.of(args));
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(message, run.err().strip());
  }
}
