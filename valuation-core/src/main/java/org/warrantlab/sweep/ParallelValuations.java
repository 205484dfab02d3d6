package org.warrantlab.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.warrantlab.check.Checks;
import org.warrantlab.pricer.BookValuation;

/**
 * Values many cases (the cells of a sweep, the path counts of a convergence study) on a pool of
 * threads, one case per thread at a time, and returns the results in case order. Each case's paths
 * depend only on its own seed, never on the thread that ran it, so the results are bit-identical on
 * any thread count; with the same seed in every case, the cases share their random numbers.
 */
public final class ParallelValuations {

  private ParallelValuations() {
  }

  /**
   * The valuation of each case, in order.
   *
   * @param threads worker threads in all: with fewer cases than threads, each case's simulation gets
   *     the spare threads
   */
  public static List<BookValuation> run(List<ValuationCase> cases, int threads, Progress progress) {
    Checks.positive(threads, "threads");
    int workers = Math.max(1, Math.min(threads, cases.size()));
    int threadsPerCase = Math.max(1, threads / workers);
    BookValuation[] results = new BookValuation[cases.size()];
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
        ValuationCase c = cases.get(i);
        results[i] = c.withSettings(c.settings().withThreads(threadsPerCase)).value();
        progress.valuationDone();
      }
    };
    if (workers == 1) {
      worker.run();
    } else {
      runOnPool(worker, workers);
    }
    return List.of(results);
  }

  private static void runOnPool(Runnable worker, int workers) {
    ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
      Thread thread = new Thread(runnable, "warrantlab-case");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> futures = new ArrayList<>(workers);
      for (int w = 0; w < workers; w++) {
        futures.add(pool.submit(worker));
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
      throw new IllegalStateException("valuations interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
