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
 * Runs tasks 0 … n-1 on a pool of daemon threads, each worker taking the next task until none is left.
 * Callers write each task's result to its own slot and combine the slots in task order, so what they
 * compute never depends on the thread count. A task's unchecked exception is rethrown as it was.
 */
public final class ParallelTasks {

  private ParallelTasks() {
  }

  /** Runs {@code task} for every index below {@code tasks} on at most {@code threads} threads. */
  public static void forEach(int tasks, int threads, String threadName, IntConsumer task) {
    int workers = Math.min(threads, tasks);
    if (workers <= 1) {
      for (int i = 0; i < tasks; i++) {
        task.accept(i);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
      Thread thread = new Thread(runnable, threadName);
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> futures = new ArrayList<>(workers);
      for (int w = 0; w < workers; w++) {
        futures.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < tasks; i = next.getAndIncrement()) {
            task.accept(i);
          }
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(threadName + " interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
