package org.warrantlab.bench;

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
import org.warrantlab.pricer.BookValuation;

/**
 * A plain European warrant valued by the engine with antithetic pairs, as {@code value} runs it: one
 * normal per pair and one exp per path, so one path-step per path. On one thread or two; the second
 * score is the paths per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PlainWarrantBenchmark {

  @Param({"1000000"})
  public long paths;

  @Param({"1", "2"})
  public int threads;

  private BenchmarkBooks.PlainCase plain;

  @Setup
  public void setUp() {
    plain = BenchmarkBooks.PlainCase.of(paths, threads);
  }

  @Benchmark
  public BookValuation plainWarrant(PathSteps counter) {
    return plain.value(counter);
  }
}
