package org.warrantlab.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs tasks 0 … n-1 on worker threads, each worker taking the next task until none is left. Callers
 * write each task's result to its own slot and combine the slots in task order, so what they compute
 * never depends on the thread count. A task's unchecked exception is rethrown as it was, and the other
 * workers take no further task.
 *
 * <p>The workers are daemon threads of one pool kept for the life of the process: starting threads for
 * each valuation cost a short run (a million plain paths) a sixth of its time on two threads. The pool
 * grows as needed, so a task may itself run tasks (a sweep's cases each run their simulation's blocks).
 */
public final class ParallelTasks {

  private static final AtomicInteger THREADS_STARTED = new AtomicInteger();

  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "warrantlab-worker-" + THREADS_STARTED.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  });

  private ParallelTasks() {
  }

  /** Runs {@code task} for every index below {@code tasks} on at most {@code threads} threads. */
  public static void forEach(int tasks, int threads, IntConsumer task) {
    int workers = Math.min(threads, tasks);
    if (workers <= 1) {
      for (int i = 0; i < tasks; i++) {
        task.accept(i);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>(workers);
    for (int w = 0; w < workers; w++) {
      futures.add(WORKERS.submit(() -> {
        try {
          for (int i = next.getAndIncrement(); i < tasks; i = next.getAndIncrement()) {
            task.accept(i);
          }
        } catch (RuntimeException | Error e) {
          next.set(tasks);
          throw e;
        }
      }));
    }
    try {
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      next.set(tasks);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for worker threads", e);
    }
  }
}
