package org.warrantlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * A progress bar's line on standard error, redrawn in place. It stays blank for the first second, so that
 * quick runs print nothing, and an interrupted run can end it before saying so.
 */
final class ProgressLine implements ProgressBarConsumer {

  /** How long a run goes before its bar appears. */
  static final long QUIET_NANOS = 1_000_000_000L;

  private static final int WIDTH = 80;

  /** The line being drawn, if any, for {@link #endOpenLine()}. */
  private static final AtomicReference<ProgressLine> OPEN = new AtomicReference<>();

  private final PrintWriter err;
  private final long start = System.nanoTime();
  private final AtomicBoolean drawn = new AtomicBoolean();
  private final AtomicBoolean ended = new AtomicBoolean();

  ProgressLine(PrintWriter err) {
    this.err = err;
  }

  @Override
  public int getMaxRenderedLength() {
    return WIDTH;
  }

  @Override
  public void accept(String rendered) {
    if (ended.get() || System.nanoTime() - start < QUIET_NANOS) {
      return;
    }
    synchronized (err) {
      err.print('\r' + rendered);
      err.flush();
    }
    drawn.set(true);
    OPEN.set(this);
  }

  @Override
  public void close() {
    end();
  }

  /** Ends the line, once, if anything was drawn on it. */
  private void end() {
    if (ended.compareAndSet(false, true) && drawn.get()) {
      synchronized (err) {
        err.println();
        err.flush();
      }
    }
    OPEN.compareAndSet(this, null);
  }

  /** Ends the bar being drawn, if there is one: an interruption's message then starts on a line of its own. */
  static void endOpenLine() {
    ProgressLine line = OPEN.get();
    if (line != null) {
      line.end();
    }
  }
}
