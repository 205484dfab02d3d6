package org.warrantlab.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocks simulated anywhere, in any order, and merged in block order give the engine's run bit for bit. */
class BlockedRunTest {

  /** Two outputs of one normal per sample: a call-like payoff and its square, with controls. */
  private static final PathPayoff PAYOFF = new PathPayoff() {
    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public int outputs() {
      return 2;
    }

    @Override
    public PathEvaluator newEvaluator() {
      return (normals, payoffs, controls) -> {
        payoffs[0] = Math.max(normals[0] + 0.3 * normals[1], 0);
        payoffs[1] = normals[1] * normals[1];
        controls[0] = normals[0];
        controls[1] = normals[1];
      };
    }

    @Override
    public double[] controlExpectations() {
      return new double[] {0, 0};
    }
  };

  private static final double[] WEIGHTS = {3, 0.5};

  @Test
  void pseudoRandomBlocksSimulatedBackwardsMergeToTheRunsBits() {
    SimulationSettings settings = new SimulationSettings(5 * 4096 + 1000, 11, true, true, 2);
    assertEquals(MonteCarloEngine.DEFAULT.run(PAYOFF, WEIGHTS, settings), backwards(settings));
  }

  @Test
  void sobolBlocksSimulatedBackwardsMergeToTheRunsBits() {
    SimulationSettings settings = new SimulationSettings(3 * 8192, 5, false, true, 2)
        .withSampling(Sampling.sobol(3));
    assertEquals(MonteCarloEngine.DEFAULT.run(PAYOFF, WEIGHTS, settings), backwards(settings));
  }

  @Test
  void aMergeRefusesTheWrongNumberOfBlocks() {
    BlockedRun run = MonteCarloEngine.DEFAULT.blocked(PAYOFF, WEIGHTS, new SimulationSettings(3 * 4096, 1, true,
        true, 1));
    assertThrows(IllegalArgumentException.class, () -> run.merge(List.of(run.blockStatistics(0))));
  }

  /** Each block on a fresh run object, last block first, as separate machines would. */
  private static SimulationResult backwards(SimulationSettings settings) {
    int blocks = MonteCarloEngine.DEFAULT.blocked(PAYOFF, WEIGHTS, settings).blocks();
    double[][] byBlock = new double[blocks][];
    for (int block = blocks - 1; block >= 0; block--) {
      byBlock[block] = MonteCarloEngine.DEFAULT.blocked(PAYOFF, WEIGHTS, settings).blockStatistics(block);
    }
    List<double[]> statistics = new ArrayList<>(Arrays.asList(byBlock));
    return MonteCarloEngine.DEFAULT.blocked(PAYOFF, WEIGHTS, settings).merge(statistics);
  }
}
