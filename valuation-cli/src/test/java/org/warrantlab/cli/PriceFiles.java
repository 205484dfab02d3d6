package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Test price files, and the check that a run rejected its input the way every command must. */
final class PriceFiles {

  /**
   * Mon 2009-09-21 to Fri 2009-09-25 and Mon 2009-09-28: closes 100, 110, 99, then 10, 11, 12 with volumes
   * 100, 200, 700. The returns of the first three closes are ln 1.1 and ln 0.9.
   */
  static final String WEEK = """
      date,open,close,volume
      2009-09-21,1,100,5000
      2009-09-22,1,110,5000
      2009-09-23,1,99,5000
      2009-09-24,1,10,100
      2009-09-25,1,11,200
      2009-09-28,1,12,700
      """;

  private PriceFiles() {
  }

  static Path write(Path directory, String text) {
    return InputFiles.write(directory, "prices.csv", text);
  }

  /** Runs {@code command FILE args... --output PATH} and checks the one-line rejection; returns stderr. */
  static String assertRejected(Path directory, Path file, String command, String... args) {
    Path output = directory.resolve("must-not-exist.txt");
    String[] all = new String[args.length + 4];
    all[0] = command;
    all[1] = file.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    all[args.length + 2] = "--output";
    all[args.length + 3] = output.toString();
    CliRun run = CliRun.of(all);
    String err = run.err().strip();
    assertEquals(2, run.exitCode(), err);
    assertEquals("", run.out());
    assertFalse(err.contains("\n"), () -> "one line: " + err);
    assertFalse(err.contains("Exception") || err.contains("\tat "), () -> "no stack trace: " + err);
    assertTrue(err.startsWith("warrantlab: "), err);
    assertFalse(Files.exists(output), "no output file");
    return err;
  }
}
