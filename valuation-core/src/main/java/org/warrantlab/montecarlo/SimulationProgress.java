package org.warrantlab.montecarlo;

import java.util.function.Supplier;

/**
 * Lets a caller follow a long computation by the blocks of paths it simulates: every run announces its
 * blocks when it starts and each block when it ends, whichever thread ran it. One observer for the
 * process, because the command line runs one computation at a time and the engine is shared by every
 * pricer, Greek and study beneath it; watching never changes what is computed.
 */
public final class SimulationProgress {

  /** Told of blocks planned and blocks done; called from worker threads, so it must be thread-safe. */
  public interface Observer {

    Observer NONE = new Observer() {
      @Override
      public void planned(int blocks) {
      }

      @Override
      public void done() {
      }
    };

    /** A run of {@code blocks} blocks has started. */
    void planned(int blocks);

    /** One block has been simulated. */
    void done();
  }

  private static volatile Observer observer = Observer.NONE;

  private SimulationProgress() {
  }

  /** Runs {@code work} with {@code watcher} told of every block it simulates, and returns its result. */
  public static <T> T watch(Observer watcher, Supplier<T> work) {
    Observer previous = observer;
    observer = watcher;
    try {
      return work.get();
    } finally {
      observer = previous;
    }
  }

  static void planned(int blocks) {
    observer.planned(blocks);
  }

  static void done() {
    observer.done();
  }
}
