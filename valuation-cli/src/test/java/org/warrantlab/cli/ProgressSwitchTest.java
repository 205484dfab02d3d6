package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Progress is drawn only when asked or on a terminal, and never for a run shorter than a second. */
class ProgressSwitchTest {

  @TempDir
  Path directory;

  @ParameterizedTest
  @ValueSource(strings = {"value", "greeks", "explain", "batch"})
  void everyCommandThatSimulatesTakesTheProgressSwitch(String command) {
    Path input = InputFiles.write(directory, "book.json", InputFiles.VALID);
    String[] args = command.equals("explain")
        ? new String[] {command, input.toString(), "--path", "1", "--no-progress"}
        : new String[] {command, input.toString(), "--paths", "2000", "--no-progress"};
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
  }

  @Test
  void aRunShorterThanASecondDrawsNoBarEvenWhenAsked() {
    Path input = InputFiles.write(directory, "book.json", InputFiles.VALID);
    CliRun quiet = CliRun.of("value", input.toString(), "--paths", "2000");
    assertEquals("", quiet.err());
    CliRun asked = CliRun.of("value", input.toString(), "--paths", "2000", "--progress");
    assertEquals(0, asked.exitCode(), asked.err());
    assertEquals("", asked.err());
  }

  @Test
  void theDefaultFollowsWhatTheLauncherSaysOfStandardError() {
    ProgressSwitch unset = new ProgressSwitch();
    String before = System.getProperty(ProgressSwitch.TERMINAL_PROPERTY);
    try {
      System.setProperty(ProgressSwitch.TERMINAL_PROPERTY, "true");
      assertEquals(true, unset.shown());
      System.setProperty(ProgressSwitch.TERMINAL_PROPERTY, "false");
      assertEquals(false, unset.shown());
      ProgressSwitch asked = new ProgressSwitch();
      asked.progress = true;
      assertEquals(true, asked.shown());
    } finally {
      if (before == null) {
        System.clearProperty(ProgressSwitch.TERMINAL_PROPERTY);
      } else {
        System.setProperty(ProgressSwitch.TERMINAL_PROPERTY, before);
      }
    }
  }
}
