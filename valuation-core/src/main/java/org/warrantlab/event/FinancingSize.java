package org.warrantlab.event;

import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;

/**
 * How many shares a financing sells: either a dollar amount (shares = amount / price) or a share count,
 * each with an optional cap on the other quantity.
 *
 * @param amount dollars raised, or 0 when the size is a share count
 * @param shares shares sold, or 0 when the size is an amount
 * @param maxShares cap on shares sold when sized by amount (infinite: none)
 * @param maxAmount cap on dollars raised when sized by shares (infinite: none)
 */
public record FinancingSize(double amount, double shares, double maxShares, double maxAmount) {

  public FinancingSize {
    if ((amount > 0) == (shares > 0)) {
      throw new InvalidValueException("amount", "or shares must be given, one of them and positive"
          + " (amount " + amount + ", shares " + shares + ")");
    }
    Checks.nonNegative(amount, "amount");
    Checks.nonNegative(shares, "shares");
    if (!(maxShares > 0)) {
      throw new InvalidValueException("maxShares", "must be positive but was " + maxShares);
    }
    if (!(maxAmount > 0)) {
      throw new InvalidValueException("maxAmount", "must be positive but was " + maxAmount);
    }
  }

  public static FinancingSize ofAmount(double amount) {
    return new FinancingSize(amount, 0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  public static FinancingSize ofShares(double shares) {
    return new FinancingSize(0, shares, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /** Shares sold at {@code price}, within the caps. */
  public double sharesAt(double price) {
    return amount > 0 ? Math.min(amount / price, maxShares) : Math.min(shares, maxAmount / price);
  }

  public FinancingSize withAmount(double newAmount) {
    return new FinancingSize(newAmount, shares, maxShares, maxAmount);
  }

  public FinancingSize withShares(double newShares) {
    return new FinancingSize(amount, newShares, maxShares, maxAmount);
  }

  public FinancingSize withMaxShares(double newMaxShares) {
    return new FinancingSize(amount, shares, newMaxShares, maxAmount);
  }

  public FinancingSize withMaxAmount(double newMaxAmount) {
    return new FinancingSize(amount, shares, maxShares, newMaxAmount);
  }
}
