package org.warrantlab.lattice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.warrantlab.closedform.BlackScholes;
import org.warrantlab.process.GbmProcess;

/** The trees' one-step moments, and how exercise rules land on steps. */
class TreeShapeTest {

  private static final GbmProcess MARKET = new GbmProcess(36, 0.06, 0.02, 0.3);

  @ParameterizedTest
  @EnumSource(TreeParameterisation.class)
  void oneStepMatchesTheForwardAndTheVarianceToLeadingOrder(TreeParameterisation parameterisation) {
    BinomialTree tree = parameterisation.tree(MARKET, 40, 1, 501);
    double dt = tree.stepYears();
    double p = tree.upProbability();
    assertEquals(Math.exp(0.04 * dt), p * tree.up() + tree.downProbability() * tree.down(), 1e-15);
    double logUp = Math.log(tree.up());
    double logDown = Math.log(tree.down());
    double mean = p * logUp + (1 - p) * logDown;
    double variance = p * logUp * logUp + (1 - p) * logDown * logDown - mean * mean;
    // Leisen-Reimer's variance differs from sigma^2 dt at order 1/steps: measured 1.2e-3 relative here.
    assertEquals(0.09 * dt, variance, 5e-3 * 0.09 * dt);
    assertEquals(Math.exp(-0.06 * dt), tree.stepDiscount(), 1e-15);
  }

  @Test
  void coxRossRubinsteinTreeRecombinesAroundTheSpot() {
    BinomialTree tree = TreeParameterisation.COX_ROSS_RUBINSTEIN.tree(MARKET, 40, 1, 100);
    assertEquals(1.0, tree.up() * tree.down(), 1e-15);
    assertEquals(Math.exp(0.3 * Math.sqrt(0.01)), tree.up(), 1e-15);
  }

  @Test
  void peizerPrattInversionIsSymmetricAndHalfAtZero() {
    assertEquals(0.5, TreeParameterisation.peizerPratt(0, 101), 0.0);
    assertEquals(1.0, TreeParameterisation.peizerPratt(0.7, 101) + TreeParameterisation.peizerPratt(-0.7, 101),
        1e-15);
  }

  @Test
  void peizerPrattProbabilityMakesTheBinomialTailMatchTheNormal() {
    // On n = 101 steps, P[more than half the moves are up] with p = h(z) is N(z); measured to 7.8e-7.
    int steps = 101;
    for (double z : new double[] {-2, -0.5, 0.3, 1, 2.5}) {
      double p = TreeParameterisation.peizerPratt(z, steps);
      double tail = 1 - new BinomialDistribution(steps, p).cumulativeProbability((steps - 1) / 2);
      assertEquals(BlackScholes.normalCdf(z), tail, 2e-6, "z=" + z);
    }
  }

  @Test
  void exerciseTimesMapToTheNearestStep() {
    // Four steps over a year: steps at 0, 0.25, 0.5, 0.75, 1.
    // 0.1 -> step 0.4 -> 0; 0.13 -> 0.52 -> 1; 0.6 -> 2.4 -> 2; 0.625 -> 2.5 -> 3 (halves round up).
    ExerciseRule rule = ExerciseRule.bermudan(0.1, 0.13, 0.625);
    assertArrayEquals(new boolean[] {true, true, false, true, true}, rule.exerciseSteps(4, 1.0));
    assertArrayEquals(new boolean[] {false, false, true, false, true},
        ExerciseRule.bermudan(0.6).exerciseSteps(4, 1.0));
    assertArrayEquals(new boolean[] {false, false, false, false, true}, ExerciseRule.EUROPEAN.exerciseSteps(4, 1.0));
    assertArrayEquals(new boolean[] {true, true, true, true, true}, ExerciseRule.AMERICAN.exerciseSteps(4, 1.0));
  }

  @Test
  void bermudanPricesDependOnlyOnTheStepEachTimeMapsTo() {
    BinomialPricer pricer = BinomialPricer.of(TreeParameterisation.COX_ROSS_RUBINSTEIN, 4);
    double onStep = pricer.price(LatticeOption.bermudan(OptionType.PUT, 40, 1, 0.25), 36, 0.06, 0, 0.2);
    double nearStep = pricer.price(LatticeOption.bermudan(OptionType.PUT, 40, 1, 0.3), 36, 0.06, 0, 0.2);
    assertEquals(onStep, nearStep, 0.0);
    assertTrue(onStep > pricer.price(LatticeOption.european(OptionType.PUT, 40, 1), 36, 0.06, 0, 0.2));
  }
}
