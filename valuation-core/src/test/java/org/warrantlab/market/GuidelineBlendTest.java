package org.warrantlab.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warrantlab.check.InvalidValueException;

class GuidelineBlendTest {

  @Test
  void theBlendIsTheRootOfTheWeightedVariances() {
    // weights 1 and 3 normalise to 0.25 and 0.75: √(0.25 × 0.04 + 0.75 × 0.36) = √0.28
    List<GuidelineBlend.Member> members = List.of(new GuidelineBlend.Member(0.2, 1), new GuidelineBlend.Member(0.6, 3));
    assertEquals(Math.sqrt(0.28), GuidelineBlend.volatility(members), 1e-15);
    assertArrayEquals(new double[] {0.25, 0.75}, GuidelineBlend.normalisedWeights(members), 1e-15);
    assertTrue(GuidelineBlend.volatility(members) > 0.25 * 0.2 + 0.75 * 0.6);
  }

  @Test
  void equalVolatilitiesBlendToThemselvesWhateverTheWeights() {
    assertEquals(0.7, GuidelineBlend.volatility(List.of(new GuidelineBlend.Member(0.7, 5),
        new GuidelineBlend.Member(0.7, 0.1))), 1e-15);
  }

  @Test
  void aWeightMustBePositive() {
    assertThrows(InvalidValueException.class, () -> new GuidelineBlend.Member(0.5, 0));
    assertThrows(InvalidValueException.class, () -> GuidelineBlend.volatility(List.of()));
  }
}
