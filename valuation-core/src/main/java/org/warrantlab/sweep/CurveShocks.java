package org.warrantlab.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RatePoint;
import org.warrantlab.market.TermVolatilities;
import org.warrantlab.market.VolatilityPoint;
import org.warrantlab.market.ZeroRateCurve;
import org.warrantlab.scenario.CurveField;
import org.warrantlab.scenario.NumericInput;
import org.warrantlab.scenario.Perturbation;

/**
 * The tornado's volatility and rate shocks when the market gives them as term structures: every point of
 * the volatility curve ±10% (a scaling keeps the forward variance non-negative; points are set in the order
 * that keeps every curve on the way valid), every point of the rate curve ±1 point (never below zero).
 */
final class CurveShocks {

  private CurveShocks() {
  }

  static TornadoShock volatility(MarketData market) {
    List<VolatilityPoint> points = ((TermVolatilities) market.volatility()).points();
    List<Perturbation> low = new ArrayList<>();
    List<Perturbation> high = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      low.add(Perturbation.set(NumericInput.curvePoint(CurveField.VOLATILITY, i),
          points.get(i).volatility() * (1 - TornadoInputs.RELATIVE)));
      int fromLast = points.size() - 1 - i;
      high.add(Perturbation.set(NumericInput.curvePoint(CurveField.VOLATILITY, fromLast),
          points.get(fromLast).volatility() * (1 + TornadoInputs.RELATIVE)));
    }
    return new TornadoShock("Volatility curve", Optional.empty(), low, high, "-10%", "+10%",
        new TornadoSetting(-TornadoInputs.RELATIVE, TornadoInputs.RELATIVE, TornadoSetting.Unit.RELATIVE_CHANGE));
  }

  static TornadoShock riskFreeRate(MarketData market) {
    List<RatePoint> points = ((ZeroRateCurve) market.riskFreeRate()).points();
    List<Perturbation> low = new ArrayList<>();
    List<Perturbation> high = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      double base = points.get(i).rate();
      NumericInput place = NumericInput.curvePoint(CurveField.RISK_FREE_RATE, i);
      low.add(Perturbation.set(place, Math.min(base, Math.max(0, base - TornadoInputs.POINT))));
      high.add(Perturbation.set(place, base + TornadoInputs.POINT));
    }
    return new TornadoShock("Risk-free curve", Optional.empty(), low, high, "-1 point", "+1 point",
        new TornadoSetting(-TornadoInputs.POINT, TornadoInputs.POINT, TornadoSetting.Unit.SHIFT));
  }
}
