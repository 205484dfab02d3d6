package org.warrantlab.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.warrantlab.event.FinancingSize;
import org.warrantlab.event.FinancingTerms;
import org.warrantlab.event.FinancingWindow;
import org.warrantlab.event.PoissonFinancing;
import org.warrantlab.event.PriceRule;

/** Draw frequencies; 4-standard-error bounds, false-failure rate about 6.3e-5 each; fixed seeds. */
class FinancingDrawsTest {

  private static final FinancingTerms TERMS =
      new FinancingTerms(FinancingSize.ofAmount(1_000_000), PriceRule.close(), 0.1, false);
  private static final int[] FIVE_STEPS = {10, 11, 12, 13, 14};
  private static final PathSchedule.WindowDays FIVE_DAYS = new PathSchedule.WindowDays(5, 0, FIVE_STEPS);

  @Test
  void windowHappensWithItsProbabilityOnUniformDays() {
    FinancingDraws draws = FinancingDraws.of(
        new FinancingWindow(LocalDate.of(2010, 3, 1), LocalDate.of(2010, 3, 5), 0.3, TERMS), FIVE_DAYS);
    SplittableRandom random = new SplittableRandom(3);
    int trials = 200_000;
    int[] perDay = new int[15];
    int happened = 0;
    int[] steps = new int[1];
    for (int t = 0; t < trials; t++) {
      int count = draws.draw(new double[] {gaussian(random)}, 0, steps, 0);
      if (count == 1) {
        happened++;
        perDay[steps[0]]++;
      }
    }
    double share = (double) happened / trials;
    assertEquals(0.3, share, 4 * Math.sqrt(0.3 * 0.7 / trials));
    for (int day : FIVE_STEPS) {
      double dayShare = (double) perDay[day] / happened;
      assertEquals(0.2, dayShare, 4 * Math.sqrt(0.2 * 0.8 / happened));
    }
  }

  @Test
  void poissonCountHasItsMean() {
    // 2 a year over a 2-year window (730 days + 1): mean 2 × 731 / 365
    PoissonFinancing poisson = new PoissonFinancing(LocalDate.of(2010, 1, 1), LocalDate.of(2011, 12, 31), 2.0, TERMS);
    FinancingDraws draws = FinancingDraws.of(poisson, FIVE_DAYS);
    double mean = 2.0 * 730 / 365;
    assertTrue(draws.maxEvents() >= 15, "tail below 1e-10 needs at least 15 events at mean 4");
    SplittableRandom random = new SplittableRandom(5);
    int trials = 100_000;
    long total = 0;
    int[] steps = new int[draws.maxEvents()];
    double[] normals = new double[draws.dimension()];
    for (int t = 0; t < trials; t++) {
      for (int d = 0; d < normals.length; d++) {
        normals[d] = gaussian(random);
      }
      total += draws.draw(normals, 0, steps, 0);
    }
    assertEquals(mean, (double) total / trials, 4 * Math.sqrt(mean / trials));
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller keeps the test independent of the engine's generator.
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
