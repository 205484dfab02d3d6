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

  private BenchmarkBooks.PlainCase plain;

  @Setup
  public void setUp() {
    plain = BenchmarkBooks.PlainCase.of(paths, threads);
  }

  @Benchmark
  public BookValuation plainWarrantIn256MiB(PathSteps counter) {
    return plain.value(counter);
  }
}
