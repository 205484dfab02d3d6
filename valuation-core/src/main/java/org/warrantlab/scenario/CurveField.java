package org.warrantlab.scenario;

import org.warrantlab.check.InvalidValueException;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.TermVolatilities;
import org.warrantlab.market.ZeroRateCurve;

/** A number at a point of one of the market's term structures, read and changed point by point. */
public enum CurveField {

  /** The term volatility of a point of the volatility term structure. */
  VOLATILITY {
    @Override
    double of(MarketData market, int point) {
      TermVolatilities curve = curve(market);
      return curve.points().get(checked(point, curve.points().size(), TermVolatilities.FIELD)).volatility();
    }

    @Override
    MarketData with(MarketData market, int point, double value) {
      TermVolatilities curve = curve(market);
      return market.withVolatility(curve.withVolatility(checked(point, curve.points().size(), TermVolatilities.FIELD),
          value));
    }

    private TermVolatilities curve(MarketData market) {
      if (market.volatility() instanceof TermVolatilities curve) {
        return curve;
      }
      throw new InvalidValueException(TermVolatilities.FIELD, "is not given: the volatility is one number");
    }
  },

  /** The quoted zero rate of a point of the risk-free curve, in the curve's compounding. */
  RISK_FREE_RATE {
    @Override
    double of(MarketData market, int point) {
      ZeroRateCurve curve = curve(market);
      return curve.points().get(checked(point, curve.points().size(), ZeroRateCurve.FIELD)).rate();
    }

    @Override
    MarketData with(MarketData market, int point, double value) {
      ZeroRateCurve curve = curve(market);
      return market.withRiskFreeRate(curve.withRate(checked(point, curve.points().size(), ZeroRateCurve.FIELD),
          value));
    }

    private ZeroRateCurve curve(MarketData market) {
      if (market.riskFreeRate() instanceof ZeroRateCurve curve) {
        return curve;
      }
      throw new InvalidValueException(ZeroRateCurve.FIELD, "is not given: the risk-free rate is one number");
    }
  };

  abstract double of(MarketData market, int point);

  abstract MarketData with(MarketData market, int point, double value);

  private static int checked(int point, int points, String field) {
    if (point >= points) {
      throw new InvalidValueException(field, "[" + point + "] is not among its " + points + " points");
    }
    return point;
  }
}
