package org.warrantlab.cli.input;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RatePoint;
import org.warrantlab.market.TermVolatilities;
import org.warrantlab.market.VolatilityPoint;
import org.warrantlab.market.ZeroRateCurve;

/**
 * The volatility and the risk-free rate of a market written in the input's own shape: {@code volatility}
 * and {@code riskFreeRate} when each is one number, {@code volatilityCurve} and {@code riskFreeCurve}
 * (arrays of points) when given by term.
 */
public final class CurveJson {

  private CurveJson() {
  }

  /** Puts {@code volatility} or {@code volatilityCurve} into {@code node}. */
  public static void putVolatility(ObjectNode node, MarketData market) {
    market.volatility().scalar().ifPresentOrElse(flat -> node.put("volatility", flat.volatility()), () -> {
      ArrayNode points = node.putArray(TermVolatilities.FIELD);
      for (VolatilityPoint point : ((TermVolatilities) market.volatility()).points()) {
        points.addObject().put("term", point.term()).put("volatility", point.volatility());
      }
    });
  }

  /**
   * Puts {@code riskFreeRate} or {@code riskFreeCurve}, then {@code rateCompounding}, into {@code node};
   * with {@code continuous}, the continuously compounded rate of a scalar rate too.
   */
  public static void putRate(ObjectNode node, MarketData market, boolean continuous) {
    market.riskFreeRate().scalar().ifPresentOrElse(flat -> {
      node.put("riskFreeRate", flat.quoted());
      node.put("rateCompounding", flat.compounding().name());
      if (continuous) {
        node.put("continuousRate", flat.continuous());
      }
    }, () -> {
      ArrayNode points = node.putArray(ZeroRateCurve.FIELD);
      for (RatePoint point : ((ZeroRateCurve) market.riskFreeRate()).points()) {
        points.addObject().put("term", point.term()).put("rate", point.rate());
      }
      node.put("rateCompounding", market.riskFreeRate().compounding().name());
    });
  }
}
