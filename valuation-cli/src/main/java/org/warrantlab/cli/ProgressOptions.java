package org.warrantlab.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.warrantlab.sweep.Progress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code --[no-]progress} option of the commands that run many valuations: a progress bar on
 * standard error, by default only when the command runs in an interactive terminal, so that scripts,
 * pipes and tests stay quiet.
 */
final class ProgressOptions {

  @Option(names = "--progress", negatable = true,
      description = "Show a progress bar on standard error (default: only in an interactive terminal).")
  Boolean progress;

  @Mixin
  StudyLimit limit = new StudyLimit();

  /** A progress bar counting {@code total} valuations, or one that shows nothing. */
  Bar start(CommandSpec spec, String task, int total) {
    boolean show = progress != null ? progress : System.console() != null;
    return show ? new Bar(new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
        .setStyle(ProgressBarStyle.UNICODE_BLOCK).setUpdateIntervalMillis(200)
        .setConsumer(new Terminal(spec.commandLine().getErr())).build()) : new Bar(null);
  }

  /** Counts finished valuations on the bar, if there is one; closing it ends the bar's line. */
  static final class Bar implements Progress, AutoCloseable {
    private final ProgressBar bar;

    private Bar(ProgressBar bar) {
      this.bar = bar;
    }

    @Override
    public void valuationDone() {
      if (bar != null) {
        bar.step();
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }

  /** Redraws the bar in place on the command's standard error. */
  private static final class Terminal implements ProgressBarConsumer {
    private static final int WIDTH = 80;
    private final PrintWriter err;

    Terminal(PrintWriter err) {
      this.err = err;
    }

    @Override
    public int getMaxRenderedLength() {
      return WIDTH;
    }

    @Override
    public void accept(String rendered) {
      err.print('\r' + rendered);
      err.flush();
    }

    @Override
    public void close() {
      err.println();
      err.flush();
    }
  }
}
