package org.warrantlab.attribution;

import java.math.BigDecimal;
import org.warrantlab.check.Checks;

/**
 * One line of an attribution.
 *
 * @param factor what moved
 * @param amount the change it accounts for, in cents
 * @param standardError the standard error of the amount: that of a paired difference on common paths
 */
public record Step(Factor factor, BigDecimal amount, double standardError) {

  public Step {
    Checks.notNull(factor, "factor");
    Checks.notNull(amount, "amount");
    Checks.nonNegative(standardError, "standardError");
  }

  /** Whether the amount exceeds its standard error; a smaller one cannot be told from zero. */
  public boolean distinguishable() {
    return amount.abs().doubleValue() > standardError;
  }
}
