package org.warrantlab.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.warrantlab.random.BlockRandom;

class BrownianBridgeTest {

  /** Monthly points, then a cluster of daily ones, then a far expiry: the shape of a financing grid. */
  private static final TimeGrid CLUSTERED = TimeGrid.of(
      1.0 / 12, 2.0 / 12, 3.0 / 12, 0.30, 0.30 + 1.0 / 365, 0.30 + 2.0 / 365, 0.30 + 3.0 / 365, 0.30 + 6.0 / 365,
      0.5, 1.0, 2.5, 4.0);

  @Test
  void theFirstNormalFixesTheLastPointAlone() {
    BrownianBridge bridge = new BrownianBridge(CLUSTERED);
    double[] source = new double[CLUSTERED.size()];
    source[0] = 1.7;
    double[] increments = bridge.toIncrementsOf(source);
    double terminal = 0;
    for (int i = 0; i < increments.length; i++) {
      terminal += Math.sqrt(CLUSTERED.stepLength(i)) * increments[i];
    }
    assertEquals(Math.sqrt(4.0) * 1.7, terminal, 1e-14);
    assertEquals(CLUSTERED.size() - 1, bridge.pointOf(0));
  }

  @Test
  void theIncrementsAreExactlyIndependentStandardNormals() {
    // The map is linear, x = A z, so the increments' covariance is A Aᵀ: it must be the identity.
    BrownianBridge bridge = new BrownianBridge(CLUSTERED);
    int size = CLUSTERED.size();
    double[][] columns = new double[size][];
    for (int k = 0; k < size; k++) {
      double[] unit = new double[size];
      unit[k] = 1;
      columns[k] = bridge.toIncrementsOf(unit);
    }
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        double covariance = 0;
        for (int k = 0; k < size; k++) {
          covariance += columns[k][i] * columns[k][j];
        }
        assertEquals(i == j ? 1.0 : 0.0, covariance, 1e-12, "covariance of increments " + i + " and " + j);
      }
    }
  }

  @Test
  void sampledIncrementsHaveUnitVarianceAndNoCorrelation() {
    // 100,000 draws: each sample variance and covariance has a standard error of about 1/√n ≈ 0.0032
    // (0.0045 for a variance); 5 of them allow 0.016 and 0.023. The 78 entries together would fail with
    // a fresh seed about 78 × 6e-7 ≈ 5e-5 of the time; the seed is fixed.
    BrownianBridge bridge = new BrownianBridge(CLUSTERED);
    int size = CLUSTERED.size();
    int draws = 100_000;
    double[][] sums = new double[size][size];
    RandomGenerator random = BlockRandom.forBlock(12, 0);
    double[] source = new double[size];
    double[] increments = new double[size];
    double[] workspace = new double[size];
    for (int n = 0; n < draws; n++) {
      for (int k = 0; k < size; k++) {
        source[k] = random.nextGaussian();
      }
      bridge.toIncrements(source, 0, increments, 0, workspace);
      for (int i = 0; i < size; i++) {
        for (int j = 0; j <= i; j++) {
          sums[i][j] += increments[i] * increments[j];
        }
      }
    }
    for (int i = 0; i < size; i++) {
      for (int j = 0; j <= i; j++) {
        double covariance = sums[i][j] / draws;
        assertEquals(i == j ? 1.0 : 0.0, covariance, i == j ? 0.023 : 0.016, "entry " + i + ", " + j);
      }
    }
  }

  @Test
  void onAnEvenGridThePointsComeByBisection() {
    BrownianBridge bridge = new BrownianBridge(TimeGrid.of(0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0));
    int[] order = new int[8];
    for (int k = 0; k < 8; k++) {
      order[k] = bridge.pointOf(k);
    }
    assertEquals(Arrays.toString(new int[] {7, 3, 1, 5, 0, 2, 4, 6}), Arrays.toString(order));
  }

  @Test
  void onAClusteredGridTheNextPointIsTheOneWithTheLargestConditionalVariance() {
    // After W(4.0), the point nearest the middle of (0, 4) is t = 2.5 (index 10), not the middle index.
    BrownianBridge bridge = new BrownianBridge(CLUSTERED);
    assertEquals(10, bridge.pointOf(1));
    boolean[] fixed = new boolean[CLUSTERED.size()];
    for (int k = 0; k < CLUSTERED.size(); k++) {
      assertTrue(!fixed[bridge.pointOf(k)], "each point once");
      fixed[bridge.pointOf(k)] = true;
    }
  }

  @Test
  void aSingleStepIsItsOwnIncrement() {
    BrownianBridge bridge = new BrownianBridge(TimeGrid.of(3.0));
    assertEquals(0.8, bridge.toIncrementsOf(new double[] {0.8})[0], 1e-15);
    assertEquals(0, new BrownianBridge(TimeGrid.of()).size());
  }
}
