package org.warrantlab.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What Ctrl-C leaves on the terminal: the progress line ended and one line saying the run was interrupted.
 * Java ends the process with exit code 130 itself; reports are written whole or not at all, so nothing
 * half-written is left behind.
 */
final class Interruption {

  private final AtomicBoolean finished = new AtomicBoolean();

  private Interruption() {
  }

  /** Watches the process until {@link #finished()}: a shutdown before that is an interruption. */
  static Interruption watch(PrintStream err) {
    Interruption interruption = new Interruption();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (!interruption.finished.get()) {
        ProgressLine.endOpenLine();
        err.println("warrantlab: interrupted; no report was written");
        err.flush();
      }
    }, "warrantlab-interruption"));
    return interruption;
  }

  /** The command has ended by itself: its exit is not an interruption. */
  void finished() {
    finished.set(true);
  }
}
