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
import org.warrantlab.montecarlo.SamplingMethod;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;

/**
 * Time per valuation of a plain and a reset warrant ({@link QuasiRandomCases}) with pseudo-random and with
 * randomised Sobol paths, at the same path count (a power of two, so Sobol simulates exactly as many). Time
 * alone says nothing about precision: {@link QuasiRandomEfficiency} runs this benchmark, measures the
 * standard error of the same settings and reports variance × time, whose ratio is the efficiency gain.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class QuasiRandomBenchmark {

  /** Seed of the timed runs; the efficiency report averages the standard error over seeds from it. */
  static final long SEED = 20091130;

  @Param({"PSEUDO", "SOBOL"})
  public SamplingMethod method;

  @Param({"plain", "reset"})
  public String payoff;

  @Param({"131072"})
  public long paths;

  @Param({"1"})
  public int threads;

  private QuasiRandomCases cases;
  private SimulationSettings settings;

  @Setup
  public void setUp() {
    cases = QuasiRandomCases.of(payoff);
    settings = cases.settings(method, paths, SEED, threads);
  }

  @Benchmark
  public BookValuation valuation() {
    return cases.value(settings);
  }
}
