package org.warrantlab.scenario;

import org.warrantlab.event.PriceRule;

/**
 * A number of a price measure (a financing's issue price, a scheduled reset's price). Reading gives the
 * rule's own value, 0 where its reference has none; changing one the reference does not use fails.
 */
public enum PriceField {

  /** The price of a {@code FIXED} measure. */
  FIXED_PRICE {
    @Override
    double of(PriceRule rule) {
      return rule.fixedPrice();
    }

    @Override
    PriceRule with(PriceRule rule, double value) {
      return rule.withFixedPrice(value);
    }
  },

  /** Trading days in a VWAP look-back, a whole number. */
  VWAP_DAYS {
    @Override
    double of(PriceRule rule) {
      return rule.vwapDays();
    }

    @Override
    PriceRule with(PriceRule rule, double value) {
      // Beyond an int is beyond any look-back: clamped, so that the rule's own limit names the problem.
      long days = WholeNumbers.toLong(value, "vwapDays");
      return rule.withVwapDays((int) Math.max(Integer.MIN_VALUE, Math.min(days, Integer.MAX_VALUE)));
    }
  };

  abstract double of(PriceRule rule);

  abstract PriceRule with(PriceRule rule, double value);
}
