package org.warrantlab.cli.input;

import org.warrantlab.event.PriceReference;
import org.warrantlab.event.PriceRule;

/** Reads a price measure: {@code priceReference}, with {@code price} for FIXED and {@code vwapDays} for VWAPs. */
final class PriceRuleReader {

  private PriceRuleReader() {
  }

  static PriceRule read(JsonObjectReader object, PriceReference defaultReference) {
    PriceReference reference = object.enumValue("priceReference", PriceReference.class, defaultReference);
    double price = reference == PriceReference.FIXED ? object.number("price") : 0;
    var vwapDays = object.optionalWholeNumber("vwapDays");
    return object.withPath(() -> {
      PriceRule.checkVwapDaysUsed(reference, vwapDays.isPresent());
      return new PriceRule(reference, price, Math.toIntExact(Math.min(vwapDays.orElse(0L), Integer.MAX_VALUE)));
    });
  }
}
