package org.warrantlab.event;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.warrantlab.check.InvalidValueException;

class FinancingLimitsTest {

  private static final FinancingTerms TERMS = new FinancingTerms(FinancingSize.ofAmount(1e6), PriceRule.close(), 0,
      false);

  @Test
  void aVwapLooksBackAtMostAYearOfTradingDays() {
    assertDoesNotThrow(() -> PriceRule.vwap(PriceRule.MAX_VWAP_DAYS));
    InvalidValueException refused = assertThrows(InvalidValueException.class,
        () -> PriceRule.lesserOfCloseAndVwap(1_000_000_000));
    assertEquals("vwapDays", refused.field());
    assertEquals("must be at most 252 (a year of trading days) but was 1000000000", refused.problem());
  }

  @Test
  void aPoissonWindowExpectsAtMost500Financings() {
    LocalDate start = LocalDate.of(2010, 1, 1);
    assertDoesNotThrow(() -> new PoissonFinancing(start, start.plusDays(364), 500, TERMS));
    InvalidValueException refused = assertThrows(InvalidValueException.class,
        () -> new PoissonFinancing(start, start.plusDays(364), 1e9, TERMS));
    assertEquals("intensity", refused.field());
    assertEquals("(1.0E9 a year over the window's 1.00 years) expects 1,000,000,000 financings; at most 500 are"
        + " supported", refused.problem());
  }
}
