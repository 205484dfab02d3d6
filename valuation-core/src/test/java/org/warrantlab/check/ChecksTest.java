package org.warrantlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void nanFailsEveryNumericCheck() {
    assertThrows(InvalidValueException.class, () -> Checks.finite(Double.NaN, "x"));
    assertThrows(InvalidValueException.class, () -> Checks.positive(Double.NaN, "x"));
    assertThrows(InvalidValueException.class, () -> Checks.nonNegative(Double.NaN, "x"));
    assertThrows(InvalidValueException.class, () -> Checks.probability(Double.NaN, "x"));
    assertThrows(InvalidValueException.class, () -> Checks.fraction(Double.NaN, "x"));
  }

  @Test
  void messageNamesTheFieldAndTheValue() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Checks.nonNegative(-0.2, "volatility"));
    assertEquals("volatility", e.field());
    assertEquals("volatility must be non-negative and finite but was -0.2", e.getMessage());
  }

  @Test
  void validValuesAreReturned() {
    assertEquals(0.8, Checks.nonNegative(0.8, "volatility"), 0.0);
    assertEquals(0.0, Checks.nonNegative(0.0, "volatility"), 0.0);
    assertEquals(1.0, Checks.probability(1.0, "probability"), 0.0);
  }
}
