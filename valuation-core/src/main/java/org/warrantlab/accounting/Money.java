package org.warrantlab.accounting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts as the books carry them: decimal, rounded half up to the cent. Every figure of a roll-forward
 * is a sum or difference of such amounts, so the roll-forward foots exactly, with no floating-point
 * residue.
 */
public final class Money {

  public static final int CENTS = 2;

  private Money() {
  }

  /** {@code amount} rounded half up to the cent. */
  public static BigDecimal ofDollars(double amount) {
    if (!Double.isFinite(amount)) {
      throw new ArithmeticException("cannot book a non-finite amount: " + amount);
    }
    return BigDecimal.valueOf(amount).setScale(CENTS, RoundingMode.HALF_UP);
  }

  public static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(CENTS);
  }
}
