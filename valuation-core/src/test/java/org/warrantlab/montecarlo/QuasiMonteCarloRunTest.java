package org.warrantlab.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.closedform.BlackScholes;
import org.warrantlab.process.NormalLayout;
import org.warrantlab.process.TimeGrid;
import org.warrantlab.result.Estimate;

/** The randomised Sobol engine on payoffs built for the test: layout, blocks, threads, replay. */
class QuasiMonteCarloRunTest {

  private static final Sampling SOBOL = Sampling.sobol(16);

  /**
   * Average of exp(W(t)) over a grid of {@code steps} even steps to one year, after {@code leading}
   * normals that scale it by 1 + 0.1 z each: cheap to evaluate, with a Brownian layout.
   */
  private static final class AverageOfExponential implements PathPayoff {
    private final int leading;
    private final TimeGrid grid;

    AverageOfExponential(int leading, int steps) {
      this.leading = leading;
      double[] times = new double[steps];
      for (int i = 0; i < steps; i++) {
        times[i] = (i + 1.0) / steps;
      }
      this.grid = TimeGrid.of(times);
    }

    @Override
    public int dimension() {
      return leading + grid.size();
    }

    @Override
    public int outputs() {
      return 2;
    }

    @Override
    public NormalLayout layout() {
      return new NormalLayout(leading, grid);
    }

    @Override
    public PathEvaluator newEvaluator() {
      return (normals, payoffs, controls) -> {
        double scale = 1;
        for (int i = 0; i < leading; i++) {
          scale += 0.1 * normals[i];
        }
        double brownian = 0;
        double sum = 0;
        for (int k = 0; k < grid.size(); k++) {
          brownian += Math.sqrt(grid.stepLength(k)) * normals[leading + k];
          sum += Math.exp(brownian);
        }
        payoffs[0] = scale * sum / grid.size();
        payoffs[1] = Math.max(brownian, 0);
      };
    }
  }

  /** Keeps a copy of the normals of the evaluations it is asked to keep, counting evaluations from 0. */
  private static final class Recorder implements PathPayoff {
    private final PathPayoff inner;
    private final List<Long> kept;
    private final Map<Long, double[]> normals = new HashMap<>();
    private long evaluations;

    Recorder(PathPayoff inner, List<Long> kept) {
      this.inner = inner;
      this.kept = kept;
    }

    @Override
    public int dimension() {
      return inner.dimension();
    }

    @Override
    public int outputs() {
      return inner.outputs();
    }

    @Override
    public NormalLayout layout() {
      return inner.layout();
    }

    @Override
    public PathEvaluator newEvaluator() {
      PathEvaluator evaluator = inner.newEvaluator();
      return (path, payoffs, controls) -> {
        if (kept.contains(evaluations)) {
          normals.put(evaluations, path.clone());
        }
        evaluations++;
        evaluator.evaluate(path, payoffs, controls);
      };
    }
  }

  @Test
  void pathsRoundUpToAPowerOfTwoPointsPerRandomisation() {
    SimulationSettings settings = new SimulationSettings(100_000, 1, true, true, 2).withSampling(SOBOL);
    assertEquals(8192, settings.pointsPerRandomisation(), "100,000 paths / 16 = 6,250 points, up to 8,192");
    assertEquals(131_072, settings.samples());
    assertEquals(131_072, settings.simulatedPaths(), "Sobol points are not mirrored");
    assertTrue(!settings.antitheticPairs());
    SimulationSettings tiny = new SimulationSettings(10, 1, false, true, 1).withSampling(SOBOL);
    assertEquals(1, tiny.pointsPerRandomisation());
    assertEquals(16, tiny.simulatedPaths());
    SimulationResult result = MonteCarloEngine.DEFAULT.run(new AverageOfExponential(1, 3), new double[] {1, 0}, tiny);
    assertEquals(16, result.simulatedPaths());
    assertEquals(16, result.total().samples(), "the independent samples are the randomisations");
    assertEquals(15, result.total().degreesOfFreedom());
  }

  @Test
  void resultIsBitIdenticalOnOneTwoOrThreeThreads() {
    // 1,205 normals: 5 leading and 64 bridge normals from Sobol points, the rest from the padding streams;
    // 2 blocks of 4,096 points per randomisation.
    PathPayoff payoff = new AverageOfExponential(5, 1200);
    SimulationSettings settings = new SimulationSettings(2 * 8192, 77, true, false, 1)
        .withSampling(Sampling.sobol(2));
    assertEquals(8192, settings.pointsPerRandomisation());
    SimulationResult one = MonteCarloEngine.DEFAULT.run(payoff, new double[] {1, 2}, settings);
    for (int threads : new int[] {2, 3}) {
      SimulationResult many = MonteCarloEngine.DEFAULT.run(payoff, new double[] {1, 2}, settings.withThreads(threads));
      assertEquals(one, many, threads + " threads");
    }
  }

  @Test
  void aReplayedPathHasTheNormalsTheRunUsed() {
    // One thread: the evaluations come in path order (randomisation by randomisation, point by point).
    // 1,003 normals: 2 leading and 64 bridge normals from Sobol points, the rest pseudo-random padding.
    List<Long> kept = List.of(0L, 1L, 4095L, 4096L, 8191L, 8192L, 12_289L, 2 * 8192L - 1);
    Recorder recorder = new Recorder(new AverageOfExponential(2, 1001), kept);
    SimulationSettings settings = new SimulationSettings(2 * 8192, 5, true, false, 1).withSampling(Sampling.sobol(2));
    assertEquals(8192, settings.pointsPerRandomisation());
    MonteCarloEngine.DEFAULT.run(recorder, new double[] {1, 0}, settings);
    assertEquals(settings.simulatedPaths(), recorder.evaluations);
    for (long path : kept) {
      assertArrayEquals(recorder.normals.get(path), MonteCarloEngine.DEFAULT.normalsOfPath(recorder, settings, path), 0.0,
          "path " + path);
    }
    assertThrows(InvalidValueException.class,
        () -> MonteCarloEngine.DEFAULT.normalsOfPath(recorder, settings, settings.simulatedPaths()));
  }

  @Test
  void aControlEqualToThePayoffMakesTheEstimateExact() {
    // Output 1 is max(W(1), 0), whose mean is 1/√(2π); as its own control it is exact.
    PathPayoff payoff = new PathPayoff() {
      private final AverageOfExponential inner = new AverageOfExponential(0, 8);

      @Override
      public int dimension() {
        return inner.dimension();
      }

      @Override
      public int outputs() {
        return 1;
      }

      @Override
      public NormalLayout layout() {
        return inner.layout();
      }

      @Override
      public double[] controlExpectations() {
        return new double[] {1 / Math.sqrt(2 * Math.PI)};
      }

      @Override
      public PathEvaluator newEvaluator() {
        PathEvaluator evaluator = inner.newEvaluator();
        double[] both = new double[2];
        return (normals, payoffs, controls) -> {
          evaluator.evaluate(normals, both, null);
          payoffs[0] = both[1];
          controls[0] = both[1];
        };
      }
    };
    SimulationSettings settings = new SimulationSettings(4096, 3, false, true, 2).withSampling(SOBOL);
    Estimate estimate = MonteCarloEngine.DEFAULT.run(payoff, new double[] {1}, settings).outputs().get(0);
    assertEquals(1 / Math.sqrt(2 * Math.PI), estimate.value(), 1e-12);
    assertEquals(15, estimate.degreesOfFreedom());
    assertTrue(estimate.standardError() < 1e-12);
  }

  @Test
  void withAControlVariateTheIntervalStillCoversTheTruthNinetyFivePercentOfTheTime() {
    // A one-year call (S = 10, K = 9, r = 3%, sigma = 30%) with the discounted share price as its control,
    // whose expectation is the spot; 16 randomisations of 512 points. Over 400 seeds an honest interval
    // covers the Black–Scholes value a Binomial(400, 0.95) number of times: 363 to 395 but for about 2e-4.
    double exact = BlackScholes.callPrice(10, 9, 1, 0.03, 0, 0.3);
    PathPayoff call = new PathPayoff() {
      @Override
      public int dimension() {
        return 1;
      }

      @Override
      public int outputs() {
        return 1;
      }

      @Override
      public NormalLayout layout() {
        return NormalLayout.brownian(TimeGrid.of(1.0));
      }

      @Override
      public double[] controlExpectations() {
        return new double[] {10};
      }

      @Override
      public PathEvaluator newEvaluator() {
        double discount = Math.exp(-0.03);
        return (normals, payoffs, controls) -> {
          double terminal = 10 * Math.exp(0.03 - 0.045 + 0.3 * normals[0]);
          payoffs[0] = discount * Math.max(terminal - 9, 0);
          controls[0] = discount * terminal;
        };
      }
    };
    int covered = 0;
    for (int seed = 1; seed <= 400; seed++) {
      SimulationSettings settings = new SimulationSettings(8192, seed, false, true, 1).withSampling(SOBOL);
      Estimate estimate = MonteCarloEngine.DEFAULT.run(call, new double[] {1}, settings).outputs().get(0);
      covered += estimate.lower95() <= exact && exact <= estimate.upper95() ? 1 : 0;
    }
    int coverage = covered;
    assertTrue(coverage >= 363 && coverage <= 395, () -> coverage + " of 400 intervals cover the truth");
  }

  @Test
  void aPayoffWithoutNormalsIsExact() {
    PathPayoff constant = new PathPayoff() {
      @Override
      public int dimension() {
        return 0;
      }

      @Override
      public int outputs() {
        return 1;
      }

      @Override
      public PathEvaluator newEvaluator() {
        return (normals, payoffs, controls) -> payoffs[0] = 2.5;
      }
    };
    SimulationSettings settings = new SimulationSettings(1000, 3, true, true, 2).withSampling(SOBOL);
    Estimate estimate = MonteCarloEngine.DEFAULT.run(constant, new double[] {1}, settings).outputs().get(0);
    assertEquals(2.5, estimate.value(), 0.0);
    assertEquals(0.0, estimate.standardError(), 0.0);
  }

  @Test
  void randomisationsMustBeAtLeastTwo() {
    InvalidValueException error = assertThrows(InvalidValueException.class, () -> Sampling.sobol(1));
    assertEquals("randomisations", error.field());
  }

  @Test
  void settingsKeepTheirSamplingWhenPathsOrThreadsChange() {
    SimulationSettings settings = new SimulationSettings(1000, 3, true, true, 2).withSampling(SOBOL);
    assertEquals(SOBOL, settings.withPaths(5000).sampling());
    assertEquals(SOBOL, settings.withThreads(1).sampling());
    assertEquals(Sampling.PSEUDO, new SimulationSettings(1000, 3, true, true, 2).sampling());
  }
}
