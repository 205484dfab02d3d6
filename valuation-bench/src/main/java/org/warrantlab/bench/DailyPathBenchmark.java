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
import org.warrantlab.montecarlo.MonteCarloEngine;
import org.warrantlab.montecarlo.PathPayoff;
import org.warrantlab.montecarlo.SimulationResult;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.process.GbmPathBuilder;
import org.warrantlab.process.GbmProcess;
import org.warrantlab.process.TimeGrid;

/**
 * Daily-step path generation inside the engine, on one thread and without antithetic pairs: the engine
 * draws one normal per step into its block's buffer and the path advances by the exact log scheme, one
 * exp per step, every price read by an average-price call. What is left of the engine's cost once the payoff does
 * nothing else; compare its path-steps per second with the baseline's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DailyPathBenchmark {

  /** Trading days a year, one step each. */
  private static final int DAYS_A_YEAR = 252;

  @Param({"1", "5"})
  public int years;

  @Param({"16384"})
  public long paths;

  private PathPayoff payoff;
  private SimulationSettings settings;
  private int steps;

  @Setup
  public void setUp() {
    steps = years * DAYS_A_YEAR;
    double[] times = new double[steps];
    for (int i = 0; i < steps; i++) {
      times[i] = (i + 1) / (double) DAYS_A_YEAR;
    }
    payoff = new DailyCall(new GbmPathBuilder(new GbmProcess(1.32, 0.024, 0, 0.8), TimeGrid.of(times)), 1.92);
    settings = new SimulationSettings(paths, BenchmarkBooks.SEED, false, false, 1);
  }

  @Benchmark
  public SimulationResult dailyPath(PathSteps counter) {
    SimulationResult result = MonteCarloEngine.DEFAULT.run(payoff, new double[] {1}, settings);
    counter.add(result.simulatedPaths(), steps);
    return result;
  }

  /** max(average daily price - K, 0): every simulated price is used. */
  private record DailyCall(GbmPathBuilder path, double strike) implements PathPayoff {

    @Override
    public int dimension() {
      return path.steps();
    }

    @Override
    public int outputs() {
      return 1;
    }

    @Override
    public PathEvaluator newEvaluator() {
      return (normals, payoffs, controls) -> {
        double logPrice = path.logSpot();
        double sum = 0;
        for (int step = 0; step < normals.length; step++) {
          logPrice = path.advance(step, logPrice, normals[step]);
          sum += Math.exp(logPrice);
        }
        payoffs[0] = Math.max(sum / normals.length - strike, 0);
      };
    }
  }
}
