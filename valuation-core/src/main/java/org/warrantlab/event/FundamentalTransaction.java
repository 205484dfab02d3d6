package org.warrantlab.event;

import java.time.LocalDate;
import java.util.OptionalDouble;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;

/**
 * A fundamental transaction (a merger, a sale of the company) that may happen on one trading day between
 * {@code start} and {@code end}, on which each holder may take the warrant's Black–Scholes value instead
 * of holding on: with {@code probability} on a day uniform over the window, or at the first event of a
 * Poisson process with {@code intensity} per year.
 *
 * @param probability the probability it happens within the window, where so assumed
 * @param intensity its rate per year, where so assumed
 * @param start the first day it may happen
 * @param end the last day it may happen
 * @param value how the Black–Scholes value is computed
 */
public record FundamentalTransaction(OptionalDouble probability, OptionalDouble intensity, LocalDate start,
    LocalDate end, BlackScholesValue value) {

  public FundamentalTransaction {
    if (probability.isPresent() == intensity.isPresent()) {
      throw new InvalidValueException("probability", "or intensity must be given, one of them");
    }
    probability.ifPresent(p -> Checks.probability(p, "probability"));
    intensity.ifPresent(rate -> Checks.nonNegative(rate, "intensity"));
    Checks.notNull(start, "start");
    Checks.notBefore(end, "end", start, "start");
    Checks.notNull(value, "blackScholesValue");
  }

  /** Whether it can happen at all: a positive probability or intensity. */
  public boolean canHappen() {
    return probability.orElse(0) > 0 || intensity.orElse(0) > 0;
  }

  /**
   * The contract's Black–Scholes value: volatility the greater of {@code volatilityFloor} and the
   * historical volatility of the last {@code historicalDays} closes, over the remaining term.
   *
   * @param volatilityFloor the least volatility, annualised
   * @param historicalDays closes the historical volatility reads (at least 2)
   * @param rate the continuously compounded rate; empty to read the market's curve
   */
  public record BlackScholesValue(double volatilityFloor, int historicalDays, OptionalDouble rate) {
    /** The highest volatility floor: 500% a year; more is a percentage typed as a decimal. */
    public static final double MAX_VOLATILITY_FLOOR = 5;

    /** The largest rate in magnitude: 100% a year. */
    public static final double MAX_RATE = 1;

    public BlackScholesValue {
      Checks.nonNegative(volatilityFloor, "volatilityFloor");
      if (volatilityFloor > MAX_VOLATILITY_FLOOR) {
        throw new InvalidValueException("volatilityFloor", "must be at most " + MAX_VOLATILITY_FLOOR
            + " (500% a year) but was " + volatilityFloor + ": a decimal is expected, 1.0 for 100%");
      }
      if (historicalDays < 2 || historicalDays > 2520) {
        throw new InvalidValueException("historicalDays", "must be from 2 to 2520 closes but was " + historicalDays);
      }
      rate.ifPresent(r -> {
        if (!(Math.abs(r) <= MAX_RATE)) {
          throw new InvalidValueException("rate", "must be a decimal between -1 and 1 but was " + r);
        }
      });
    }
  }
}
