package org.warrantlab.market;

import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;

/**
 * One point of a risk-free curve: the zero rate to a term, as quoted in the curve's compounding.
 *
 * @param term years from the valuation date, positive
 * @param rate the zero rate to {@code term} as a decimal, above -1
 */
public record RatePoint(double term, double rate) {

  public RatePoint {
    Checks.positive(term, "term");
    Checks.finite(rate, "rate");
    if (rate <= -1) {
      throw new InvalidValueException("rate", "must be above -1 but was " + rate);
    }
  }
}
