package org.warrantlab.event;

import org.warrantlab.check.Checks;

/**
 * What a simulated financing sells and at what price: {@code price = (1 - discount) × reference}.
 *
 * @param size how many shares
 * @param pricing the reference price
 * @param discount fraction below the reference, in [0, 1)
 * @param postMoney whether the issue moves the share price to the post-money value (A·S + C·P)/(A + C)
 */
public record FinancingTerms(FinancingSize size, PriceRule pricing, double discount, boolean postMoney) {

  public FinancingTerms {
    Checks.notNull(size, "amount");
    Checks.notNull(pricing, "priceReference");
    Checks.fraction(discount, "discount");
  }

  /** Issue price per share given the day's close and VWAP. */
  public double issuePrice(double close, double vwap) {
    return (1 - discount) * pricing.measure(close, vwap);
  }

  public FinancingTerms withSize(FinancingSize newSize) {
    return new FinancingTerms(newSize, pricing, discount, postMoney);
  }

  public FinancingTerms withPricing(PriceRule newPricing) {
    return new FinancingTerms(size, newPricing, discount, postMoney);
  }

  public FinancingTerms withDiscount(double newDiscount) {
    return new FinancingTerms(size, pricing, newDiscount, postMoney);
  }
}
