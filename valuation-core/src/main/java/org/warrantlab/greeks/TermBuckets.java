package org.warrantlab.greeks;

import java.util.List;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.TermVolatilities;
import org.warrantlab.market.ZeroRateCurve;
import org.warrantlab.result.Estimate;

/**
 * Sensitivities per point of the market's term structures: vega by term bucket (one volatility point moved
 * by the vega bump) and rho by curve point (one quoted zero rate moved by the rho bump), each on the same
 * paths as the value. Empty lists where the volatility or the rate is one number.
 *
 * @param vegaByTerm per point of the volatility curve, in its order
 * @param rhoByTerm per point of the risk-free curve, in its order
 */
public record TermBuckets(List<Estimate> vegaByTerm, List<Estimate> rhoByTerm) {

  public static final TermBuckets NONE = new TermBuckets(List.of(), List.of());

  public TermBuckets {
    vegaByTerm = List.copyOf(vegaByTerm);
    rhoByTerm = List.copyOf(rhoByTerm);
  }

  /** Points of the volatility curve, 0 for one volatility. */
  static int volatilityPoints(MarketData market) {
    return market.volatility() instanceof TermVolatilities curve ? curve.points().size() : 0;
  }

  /** Points of the risk-free curve, 0 for one rate. */
  static int ratePoints(MarketData market) {
    return market.riskFreeRate() instanceof ZeroRateCurve curve ? curve.points().size() : 0;
  }
}
