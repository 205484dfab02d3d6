package org.warrantlab.bench;

import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.warrantlab.random.BlockRandom;

/**
 * The yardstick every other benchmark is read against: a bare loop of one Xoshiro256PlusPlus
 * {@code nextGaussian} and one {@code Math.exp} per path-step. Scores are path-steps per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BaselineBenchmark {

  static final int STEPS = 1_000_000;

  private RandomGenerator random;
  private double drift;
  private double diffusion;

  @Setup
  public void setUp() {
    random = BlockRandom.forBlock(20091130, 0);
    drift = -0.0012;
    diffusion = 0.05;
  }

  @Benchmark
  @OperationsPerInvocation(STEPS)
  public double baseline() {
    double sum = 0;
    for (int i = 0; i < STEPS; i++) {
      sum += Math.exp(drift + diffusion * random.nextGaussian());
    }
    return sum;
  }
}
