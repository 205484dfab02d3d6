package org.warrantlab.bench;

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
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.MonteCarloWarrantPricer;
import org.warrantlab.pricer.SimulationSettings;

/**
 * Ten million paths of the plain warrant in a JVM limited to a 256 MiB heap: the engine keeps a few
 * numbers per block of 4,096 paths, never the paths, so memory does not grow with the path count. A
 * run that needed more would fail the fork with an OutOfMemoryError rather than score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class LargeRunBenchmark {

  @Param({"10000000"})
  public long paths;

  @Param({"2"})
  public int threads;

  private MarketData market;
  private List<ResolvedWarrant> book;
  private SimulationSettings settings;

  @Setup
  public void setUp() {
    market = BenchmarkBooks.market(0);
    book = BenchmarkBooks.plain(market);
    settings = new SimulationSettings(paths, BenchmarkBooks.SEED, true, true, threads);
  }

  @Benchmark
  public BookValuation plainWarrantIn256MiB(PathSteps counter) {
    BookValuation valuation = MonteCarloWarrantPricer.DEFAULT.value(book, market, settings);
    counter.add(valuation.simulatedPaths(), 1);
    return valuation;
  }
}
