package org.warrantlab.lattice;

import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;

/**
 * A recombining binomial tree of the share price: in each step of {@code stepYears} the price is
 * multiplied by {@code up} with risk-neutral probability {@code upProbability}, or by {@code down}
 * otherwise. The node {@code j} ups after {@code i} steps has share price
 * {@code spot * up^j * down^(i - j)}.
 *
 * @param steps number of time steps to expiry
 * @param stepYears length of one step in years (ACT/365F)
 * @param up price multiplier of an up move, positive
 * @param down price multiplier of a down move, positive and at most {@code up} (equal only when the
 *     volatility is zero)
 * @param upProbability risk-neutral probability of an up move, between 0 and 1
 * @param stepDiscount discount factor over one step, exp(-r * stepYears) with r continuously compounded
 */
public record BinomialTree(int steps, double stepYears, double up, double down, double upProbability,
    double stepDiscount) {

  public BinomialTree {
    Checks.positive(steps, "steps");
    Checks.positive(stepYears, "stepYears");
    Checks.positive(up, "up");
    Checks.positive(down, "down");
    if (down > up) {
      throw new InvalidValueException("down", "(" + down + ") must not be above up (" + up + ")");
    }
    Checks.probability(upProbability, "upProbability");
    Checks.positive(stepDiscount, "stepDiscount");
  }

  /** The probability of a down move, 1 - {@link #upProbability()}. */
  public double downProbability() {
    return 1.0 - upProbability;
  }
}
