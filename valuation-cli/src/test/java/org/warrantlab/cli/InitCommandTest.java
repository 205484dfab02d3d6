package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init value|rollforward} prints a template input that validates and runs, its fields explained in its notes. */
class InitCommandTest {

  @TempDir
  Path directory;

  @Test
  void eachTemplateValidatesAndRuns() throws IOException {
    for (String kind : new String[] {"value", "rollforward"}) {
      CliRun init = CliRun.of("init", kind);
      assertEquals(0, init.exitCode(), init.err());
      Path file = Files.writeString(directory.resolve(kind + ".json"), init.out());
      CliRun validate = CliRun.of("validate", file.toString());
      assertEquals(0, validate.exitCode(), kind + ": " + validate.out() + validate.err());
      assertEquals(file + ": no problems", validate.out().strip());
      assertTrue(init.out().contains("TEMPLATE from 'warrantlab init " + kind + "'"), "the notes say what it is");
      CliRun run = CliRun.of(kind, file.toString(), "--paths", "2000", "--format", "json");
      assertEquals(0, run.exitCode(), kind + ": " + run.err());
    }
  }

  @Test
  void anUnknownKindIsAOneLineError() {
    CliRun init = CliRun.of("init", "sweep");
    assertEquals(2, init.exitCode());
    assertEquals("warrantlab: init makes a template of value or rollforward, not 'sweep'", init.err().strip());
  }
}
