package org.warrantlab.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.warrantlab.market.MarketData;

/**
 * Refuses market inputs that are valid numbers but almost surely typed as percentages: a volatility of 65
 * or a rate of 4.2 gives confident figures the simulation cannot resolve (a value of zero, or exactly the
 * share price). {@code --allow-implausible} values them as given.
 */
final class Plausibility {

  /** The highest volatility accepted unasked: 500% a year. */
  static final double MAX_VOLATILITY = 5;

  /** The largest rate or dividend yield in magnitude accepted unasked: 100% a year. */
  static final double MAX_RATE = 1;

  static final String OVERRIDE = "--allow-implausible";

  private Plausibility() {
  }

  /** Throws a {@link UserError} naming the first implausible input of {@code market} in {@code file}. */
  static void check(MarketData market, Path file) {
    refuseAbove(file, "market.volatility", market.volatility(), MAX_VOLATILITY);
    refuseAbove(file, "market.riskFreeRate", market.riskFreeRate().quoted(), MAX_RATE);
    refuseAbove(file, "market.dividendYield", market.dividendYield(), MAX_RATE);
  }

  private static void refuseAbove(Path file, String path, double value, double most) {
    if (Math.abs(value) <= most) {
      return;
    }
    String given = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    String percent = BigDecimal.valueOf(value).movePointRight(2).stripTrailingZeros().toPlainString();
    String meant = BigDecimal.valueOf(value).movePointLeft(2).stripTrailingZeros().toPlainString();
    throw new UserError(file + ": " + path + " is " + given + ", i.e. " + percent + "% a year, which is implausible"
        + " (a decimal is expected: 0.65 for 65%); did you mean " + meant + "? " + OVERRIDE
        + " values it as given");
  }
}
