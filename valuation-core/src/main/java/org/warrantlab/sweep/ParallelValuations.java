package org.warrantlab.sweep;

import java.util.List;
import org.warrantlab.check.Checks;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.parallel.ParallelTasks;

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
    ParallelTasks.forEach(cases.size(), workers, i -> {
      ValuationCase c = cases.get(i);
      results[i] = c.withSettings(c.settings().withThreads(threadsPerCase)).value();
      progress.valuationDone();
    });
    return List.of(results);
  }
}
