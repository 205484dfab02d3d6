package org.warrantlab.cli.input;

import java.util.Optional;
import java.util.function.Supplier;
import org.warrantlab.event.PriceReference;
import org.warrantlab.event.PriceRule;

/** Reads a price measure: {@code priceReference}, with {@code price} for FIXED and {@code vwapDays} for VWAPs. */
final class PriceRuleReader {

  private PriceRuleReader() {
  }

  /**
   * Reads the measure's fields from {@code object}; the measure itself is made, and its rules checked, when
   * the object is built, so that a problem is reported under the object's path.
   */
  static Supplier<PriceRule> read(JsonObjectReader object, PriceReference defaultReference) {
    PriceReference reference = object.enumValue("priceReference", PriceReference.class, defaultReference);
    double price = reference == PriceReference.FIXED ? object.number("price") : 0;
    Optional<Long> vwapDays = object.optionalWholeNumber("vwapDays");
    // Counts beyond int range are rejected as too large (large) or as not positive (small).
    int days = (int) Math.max(Math.min(vwapDays.orElse(0L), Integer.MAX_VALUE), Integer.MIN_VALUE);
    return () -> {
      PriceRule.checkVwapDaysUsed(reference, vwapDays.isPresent());
      return new PriceRule(reference, price, days);
    };
  }
}
