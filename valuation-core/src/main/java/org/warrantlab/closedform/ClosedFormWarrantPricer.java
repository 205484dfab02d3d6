package org.warrantlab.closedform;

import java.util.List;
import java.util.OptionalDouble;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.simulation.ExerciseDates;

/**
 * Black–Scholes value of a plain warrant: shares per warrant × dilution factor × call price, at the zero
 * rate and the term volatility to the warrant's expiry (exact under deterministic term structures). An
 * American or Bermudan warrant has the same value when the share pays no dividend and the rate is not
 * negative, since early exercise of a call is then never optimal.
 */
public final class ClosedFormWarrantPricer {

  public static final ClosedFormWarrantPricer DEFAULT = new ClosedFormWarrantPricer();

  private ClosedFormWarrantPricer() {
  }

  /**
   * Whether the warrant has a closed-form value in this market: no resets, and no early exercise that
   * could pay (none without a dividend yield or a negative rate).
   */
  public boolean applies(ResolvedWarrant warrant, MarketData market) {
    return !warrant.warrant().hasResets()
        && (!warrant.warrant().exercisableEarly() || !ExerciseDates.canPay(market, List.of()));
  }

  /** Value per warrant, or empty when no closed form applies. */
  public OptionalDouble perWarrant(ResolvedWarrant warrant, MarketData market) {
    if (!applies(warrant, market)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(europeanPerWarrant(warrant, market));
  }

  /** The European value per warrant on the warrant's current terms, ignoring resets and exercise style. */
  public double europeanPerWarrant(ResolvedWarrant warrant, MarketData market) {
    double term = warrant.timeToExpiry();
    double call = BlackScholes.callPrice(market.spot(), warrant.warrant().exercisePrice(), term,
        market.riskFreeRate().zeroRate(term), market.dividendYield(), market.volatility().termVolatility(term));
    return warrant.sharesValuedPerWarrant() * call;
  }
}
