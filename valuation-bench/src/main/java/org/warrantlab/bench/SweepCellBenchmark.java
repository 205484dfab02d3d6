package org.warrantlab.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.warrantlab.event.FinancingSize;
import org.warrantlab.event.FinancingTerms;
import org.warrantlab.event.FinancingWindow;
import org.warrantlab.event.PriceRule;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.sweep.ParallelValuations;
import org.warrantlab.sweep.Progress;
import org.warrantlab.sweep.ValuationCase;

/**
 * One cell of a sweep, as {@code sweep} runs it: the full-ratchet warrant facing one possible down round
 * (a 50% chance of a $25M raise in March 2010 at 6% below the lesser of the close and the 10-day VWAP),
 * 200,000 paths with antithetic pairs, valued through {@link ParallelValuations}. The path visits the
 * window's trading days, its look-back and the expiry; the second score counts those path-steps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SweepCellBenchmark {

  /** March 2010's 23 trading days, the 9 look-back days before them and the expiry. */
  private static final int STEPS = 23 + 9 + 1;

  @Param({"200000"})
  public long paths;

  @Param({"1", "2"})
  public int threads;

  private List<ValuationCase> cell;

  @Setup
  public void setUp() {
    MarketData market = BenchmarkBooks.market(0);
    FinancingWindow downRound = new FinancingWindow(LocalDate.of(2010, 3, 1), LocalDate.of(2010, 3, 31), 0.5,
        new FinancingTerms(FinancingSize.ofAmount(25_000_000), PriceRule.lesserOfCloseAndVwap(10), 0.06, false));
    cell = List.of(new ValuationCase(market, BenchmarkBooks.reset(market, ExerciseStyle.EUROPEAN),
        List.of(downRound), new SimulationSettings(paths, BenchmarkBooks.SEED, true, true, threads)));
  }

  @Benchmark
  public BookValuation sweepCell(PathSteps counter) {
    BookValuation valuation = ParallelValuations.run(cell, threads, Progress.NONE).get(0);
    counter.add(valuation.simulatedPaths(), STEPS);
    return valuation;
  }
}
