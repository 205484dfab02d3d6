package org.warrantlab.cli;

import java.nio.file.Path;
import org.warrantlab.market.MarketData;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.TrancheValuation;
import org.warrantlab.result.Estimate;

/**
 * Refuses to report a fair value that is not a finite number. Inputs that each pass their own checks can
 * still overflow the simulation's arithmetic together (a rate of 1e300, a share price of 1e300); the
 * report would then show NaN or Infinity, which no one can book.
 */
final class FiniteValues {

  private FiniteValues() {
  }

  /** Fails with a {@link UserError} naming the first tranche whose value is not finite. */
  static void check(BookValuation valuation, Path file) {
    for (TrancheValuation tranche : valuation.tranches()) {
      check(tranche.perWarrant(), tranche.warrant().warrant().id(), valuation.market(), file);
    }
  }

  /** Fails with a {@link UserError} when {@code perWarrant}, tranche {@code id}'s value, is not finite. */
  static void check(Estimate perWarrant, String id, MarketData market, Path file) {
    if (!Double.isFinite(perWarrant.value()) || !Double.isFinite(perWarrant.standardError())) {
      throw new UserError(file + ": market (spot " + market.spot() + ", volatility " + market.volatility()
          + ", continuous rate " + market.continuousRate() + ", dividend yield " + market.dividendYield()
          + ") gives tranche \"" + id + "\" no finite fair value (" + perWarrant.value() + " ± "
          + perWarrant.standardError() + "): the simulation's"
          + " arithmetic overflows");
    }
  }
}
