package org.warrantlab.cli.input;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.warrantlab.market.Compounding;
import org.warrantlab.market.FlatVolatility;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RatePoint;
import org.warrantlab.market.RiskFreeCurve;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.market.TermVolatilities;
import org.warrantlab.market.VolatilityCurve;
import org.warrantlab.market.VolatilityPoint;
import org.warrantlab.market.ZeroRateCurve;

/**
 * Reads a {@code market} object: the market inputs on a date the surrounding object gives. The volatility is
 * {@code volatility} (one number) or {@code volatilityCurve} (term volatilities), the rate {@code riskFreeRate}
 * or {@code riskFreeCurve} (zero rates by term), never both forms of either.
 */
final class MarketReader {

  /**
   * Stands in for a date that has a problem of its own, so that the market's own fields are still
   * checked; a market read with it is never used.
   */
  static final LocalDate PLACEHOLDER_DATE = LocalDate.EPOCH;

  /** Stands in for the volatility while the tranches that give it are read; never valued. */
  static final VolatilityCurve VOLATILITY_BY_TRANCHE = new FlatVolatility(0);

  private MarketReader() {
  }

  /** The market on {@code date}; a null date (it has a problem of its own) reads the placeholder date. */
  static MarketData read(JsonObjectReader market, LocalDate date) {
    return read(market, date, false);
  }

  /**
   * The market on {@code date}; with {@code volatilityByTranche} the tranches give the volatility, so the
   * market must not, and the market's volatility is {@link #VOLATILITY_BY_TRANCHE} until they are read.
   */
  static MarketData read(JsonObjectReader market, LocalDate date, boolean volatilityByTranche) {
    double spot = market.number("spot");
    Supplier<VolatilityCurve> volatility = volatilityByTranche ? byTranche(market) : volatility(market);
    Supplier<RiskFreeCurve> rate = rate(market);
    double dividendYield = market.number("dividendYield", 0.0);
    long sharesOutstanding = market.wholeNumber("sharesOutstanding");
    LocalDate on = date != null ? date : PLACEHOLDER_DATE;
    return market.build(() -> new MarketData(on, spot, volatility.get(), rate.get(), dividendYield,
        sharesOutstanding));
  }

  private static Supplier<VolatilityCurve> byTranche(JsonObjectReader market) {
    for (String field : List.of("volatility", TermVolatilities.FIELD)) {
      if (market.has(field)) {
        market.problems().report(new InputException(market.pathOf(field), "is given while the tranches give"
            + " their own volatility (warrants[].volatility): give one or the other"));
      }
    }
    return () -> VOLATILITY_BY_TRANCHE;
  }

  private static Supplier<VolatilityCurve> volatility(JsonObjectReader market) {
    boolean scalar = market.has("volatility");
    if (!market.has(TermVolatilities.FIELD)) {
      double volatility = market.number("volatility");
      return () -> new FlatVolatility(volatility);
    }
    if (scalar) {
      market.problems().report(new InputException(market.pathOf(TermVolatilities.FIELD), "is given with"
          + " " + market.pathOf("volatility") + ": give one or the other"));
    }
    List<VolatilityPoint> points = market.objects(TermVolatilities.FIELD, point -> {
      double term = point.number("term");
      double volatility = point.number("volatility");
      return point.build(() -> new VolatilityPoint(term, volatility));
    });
    return () -> new TermVolatilities(points);
  }

  private static Supplier<RiskFreeCurve> rate(JsonObjectReader market) {
    boolean scalar = market.has("riskFreeRate");
    boolean curve = market.has(ZeroRateCurve.FIELD);
    Compounding compounding = market.enumValue("rateCompounding", Compounding.class, Compounding.CONTINUOUS);
    if (!curve) {
      double rate = market.number("riskFreeRate");
      return () -> new RiskFreeRate(rate, compounding);
    }
    if (scalar) {
      market.problems().report(new InputException(market.pathOf(ZeroRateCurve.FIELD), "is given with"
          + " " + market.pathOf("riskFreeRate") + ": give one or the other"));
    }
    List<RatePoint> points = market.objects(ZeroRateCurve.FIELD, point -> {
      double term = point.number("term");
      double rate = point.number("rate");
      if (rate < 0) {
        point.problems().report(new InputException(point.pathOf("rate"), "must not be negative on a risk-free"
            + " curve but was " + rate));
      }
      return point.build(() -> new RatePoint(term, rate));
    });
    return () -> new ZeroRateCurve(points, compounding);
  }
}
