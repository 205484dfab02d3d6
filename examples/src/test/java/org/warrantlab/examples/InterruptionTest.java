package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warrantlab.cli.Main;

/**
 * Ctrl-C during a long valuation: the progress line is ended, one line says the run was interrupted, the
 * exit code is 130 and no report, whole or partial, is left behind. Runs the command in a child JVM and
 * sends it SIGINT, as a terminal does.
 */
class InterruptionTest {

  @TempDir
  Path directory;

  @Test
  void ctrlCEndsTheProgressLineSaysSoAndLeavesNoFile() throws Exception {
    Path report = directory.resolve("report.json");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "value", "examples/plain-warrant.json",
        "--paths", "1e9", "--threads", "1", "--progress", "--format", "json", "--output", report.toString());
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    StringBuffer err = new StringBuffer();
    Thread reader = new Thread(() -> copy(process.getErrorStream(), err));
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!err.toString().contains("Value (blocks of paths)") && System.nanoTime() < deadline && process.isAlive()) {
      Thread.sleep(100);
    }
    assertTrue(err.toString().contains("Value (blocks of paths)"), "no progress bar within a minute: " + err);
    new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
    boolean ended = process.waitFor(30, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly().waitFor();
    }
    // a process started with SIGINT ignored (a background job, nohup) keeps ignoring it, as Java must
    Assumptions.assumeTrue(ended, "SIGINT is ignored where this test runs");
    reader.join();
    assertEquals(130, process.exitValue(), err.toString());
    String text = err.toString();
    assertTrue(text.endsWith("\nwarrantlab: interrupted; no report was written\n"), text);
    assertFalse(Files.exists(report));
    try (Stream<Path> left = Files.list(directory)) {
      assertEquals(List.of(), left.toList(), "no temporary file is left behind");
    }
  }

  private static void copy(InputStream in, StringBuffer into) {
    try (in) {
      byte[] buffer = new byte[4096];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      into.append(e);
    }
  }
}
