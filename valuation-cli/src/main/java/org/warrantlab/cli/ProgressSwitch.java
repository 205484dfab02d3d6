package org.warrantlab.cli;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.warrantlab.montecarlo.SimulationProgress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --[no-]progress} option: a progress bar with the time left on standard error for any run
 * longer than a second, by default only when standard error is a terminal, so that scripts, pipes and
 * tests stay quiet.
 */
final class ProgressSwitch {

  /** Set by the {@code warrantlab} launcher, which can tell whether standard error is a terminal. */
  static final String TERMINAL_PROPERTY = "warrantlab.stderr.terminal";

  @Option(names = "--progress", negatable = true,
      description = "Show progress and the time left on standard error (default: only when it is a terminal).")
  Boolean progress;

  /** Whether to draw a bar: as asked, or when standard error is an interactive terminal. */
  boolean shown() {
    if (progress != null) {
      return progress;
    }
    String terminal = System.getProperty(TERMINAL_PROPERTY);
    return terminal != null ? Boolean.parseBoolean(terminal) : System.console() != null;
  }

  /** A bar counting {@code total} steps of {@code task}, drawn on the command's standard error. */
  ProgressBar bar(CommandSpec spec, String task, long total) {
    return new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
        .setStyle(ProgressBarStyle.UNICODE_BLOCK).setUpdateIntervalMillis(250)
        .setConsumer(new ProgressLine(spec.commandLine().getErr())).build();
  }

  /**
   * Runs {@code work}, showing on a bar the blocks of paths it simulates against those planned so far (a
   * command that runs several valuations in turn plans each as it starts it).
   */
  <T> T watch(CommandSpec spec, String task, Supplier<T> work) {
    if (!shown()) {
      return work.get();
    }
    try (ProgressBar bar = bar(spec, task + " (blocks of paths)", 0)) {
      AtomicLong planned = new AtomicLong();
      return SimulationProgress.watch(new SimulationProgress.Observer() {
        @Override
        public void planned(int blocks) {
          bar.maxHint(planned.addAndGet(blocks));
        }

        @Override
        public void done() {
          bar.step();
        }
      }, work);
    }
  }
}
