package org.warrantlab.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.warrantlab.math.Transcendentals;

/**
 * The exponential valuation-core uses ({@link Transcendentals#exp}, the same bits on any machine) against the JIT's
 * {@link Math#exp} (a CPU-specific intrinsic) and {@link StrictMath#exp}, on arguments like the simulation's
 * log-prices ({@code simulation}: a drift plus 0.3 times a standard normal) and across the whole finite range
 * ({@code wide}). Scores are exponentials per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExponentialBenchmark {

  static final int ARGUMENTS = 4096;

  @Param({"simulation", "wide"})
  public String arguments;

  private final double[] x = new double[ARGUMENTS];
  private final double[] result = new double[ARGUMENTS];

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20091130);
    for (int i = 0; i < ARGUMENTS; i++) {
      x[i] = switch (arguments) {
        case "simulation" -> -0.045 + 0.3 * random.nextGaussian();
        case "wide" -> random.nextDouble(-745, 709);
        default -> throw new IllegalArgumentException("unknown arguments " + arguments);
      };
    }
  }

  @Benchmark
  @OperationsPerInvocation(ARGUMENTS)
  public double[] mathExp() {
    for (int i = 0; i < ARGUMENTS; i++) {
      result[i] = Math.exp(x[i]);
    }
    return result;
  }

  @Benchmark
  @OperationsPerInvocation(ARGUMENTS)
  public double[] strictMathExp() {
    for (int i = 0; i < ARGUMENTS; i++) {
      result[i] = StrictMath.exp(x[i]);
    }
    return result;
  }

  @Benchmark
  @OperationsPerInvocation(ARGUMENTS)
  public double[] portableMathExp() {
    for (int i = 0; i < ARGUMENTS; i++) {
      result[i] = Transcendentals.exp(x[i]);
    }
    return result;
  }
}
