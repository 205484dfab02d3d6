package org.warrantlab.cli;

import me.tongfei.progressbar.ProgressBar;
import org.warrantlab.sweep.Progress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;

/**
 * The options of the studies, which run many valuations: {@code --max-valuations}, the most a study may run,
 * and a bar counting the valuations done when {@code --[no-]progress} asks for one.
 */
final class ProgressOptions {

  @Mixin
  StudyLimit limit = new StudyLimit();

  /** A progress bar counting {@code total} valuations, or one that shows nothing, as {@code display} says. */
  static Bar start(ProgressSwitch display, CommandSpec spec, String task, int total) {
    return new Bar(display.shown() ? display.bar(spec, task, total) : null);
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
}
