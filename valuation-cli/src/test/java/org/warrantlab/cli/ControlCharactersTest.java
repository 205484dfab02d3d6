package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Terminal escapes in echoed input reach the terminal escaped, in reports and in error messages. */
class ControlCharactersTest {

  @TempDir
  Path directory;

  @Test
  void escapesAreWrittenOutAndLineBreaksKept() {
    assertEquals("a\\u001b[31mb\n\tc\\u009b", ControlCharacters.escape("a\u001b[31mb\n\tc\u009b"));
    assertEquals("plain € text", ControlCharacters.escape("plain € text"));
  }

  @Test
  void anIdHoldingAnEscapeIsPrintedEscapedInTheTableAndInAnError() {
    Path input = InputFiles.variant(directory, root -> InputFiles.warrant(root, 0).put("id", "x\u001b[31mRED"));
    CliRun run = CliRun.of("value", input.toString(), "--paths", "1000");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("x\\u001b[31mRED"), run.out());
    assertFalse(run.out().contains("\u001b"), run.out());
    CliRun error = CliRun.of("tornado", input.toString(), "--paths", "1000", "--tranche", "\u001b[2J");
    assertEquals(2, error.exitCode(), error.err());
    assertFalse(error.err().contains("\u001b"), error.err());
  }
}
