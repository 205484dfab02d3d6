package org.warrantlab.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class InverseNormalTest {

  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

  @Test
  void agreesWithCommonsMathAwayFromTheFarTails() {
    // commons-math3 inverts through erfInv(2p - 1), which loses digits as p approaches 0 or 1; between
    // 1e-6 and 1 - 1e-6 the two agree to a few ulps of the quantile.
    RandomGenerator random = BlockRandom.forBlock(241, 0);
    for (int i = 0; i < 200_000; i++) {
      double p = 1e-6 + (1 - 2e-6) * random.nextDouble();
      double expected = NORMAL.inverseCumulativeProbability(p);
      assertEquals(expected, InverseNormal.quantile(p), 1e-12 * Math.max(1, Math.abs(expected)), () -> "p = " + p);
    }
  }

  @Test
  void invertsTheDistributionFunctionDeepIntoBothTails() {
    // Round trip through Φ(x) = erfc(-x / √2) / 2, accurate in relative terms in the lower tail; the upper
    // tail by symmetry, Φ⁻¹(1 - p) = -Φ⁻¹(p).
    RandomGenerator random = BlockRandom.forBlock(241, 1);
    for (int i = 0; i < 100_000; i++) {
      double p = Math.pow(10, -300 * random.nextDouble());
      double x = InverseNormal.quantile(p);
      double back = 0.5 * Erf.erfc(-x / Math.sqrt(2));
      assertEquals(p, back, 1e-11 * p, () -> "p = " + p);
      if (p >= 0x1p-53) {
        double q = 1 - p;
        assertEquals(-InverseNormal.quantile(1 - q), InverseNormal.quantile(q), 1e-15 * Math.max(1, Math.abs(x)));
      }
    }
  }

  @Test
  void knownValuesAndLimits() {
    assertEquals(0.0, InverseNormal.quantile(0.5), 0.0);
    assertEquals(1.959963984540054, InverseNormal.quantile(0.975), 1e-15);
    assertEquals(-1.959963984540054, InverseNormal.quantile(0.025), 1e-15);
    assertEquals(Double.NEGATIVE_INFINITY, InverseNormal.quantile(0), 0.0);
    assertEquals(Double.POSITIVE_INFINITY, InverseNormal.quantile(1), 0.0);
    assertTrue(Double.isNaN(InverseNormal.quantile(-0.1)));
    assertTrue(Double.isNaN(InverseNormal.quantile(1.5)));
    assertTrue(Double.isNaN(InverseNormal.quantile(Double.NaN)));
  }
}
