package org.warrantlab.greeks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warrantlab.closedform.ClosedFormWarrantPricer;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.Compounding;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RatePoint;
import org.warrantlab.market.TermVolatilities;
import org.warrantlab.market.VolatilityPoint;
import org.warrantlab.market.ZeroRateCurve;
import org.warrantlab.pricer.Books;

/**
 * Vega by term bucket and rho by curve point. With the control variate on, a plain tranche's value on the
 * common paths is its Black–Scholes value, so each bucket must be the same central difference of the closed
 * form with that one point moved, up to rounding.
 */
class TermBucketGreeksTest {

  private static final TermVolatilities VOLATILITIES = new TermVolatilities(List.of(new VolatilityPoint(2, 0.85),
      new VolatilityPoint(6, 0.7)));
  private static final ZeroRateCurve RATES = new ZeroRateCurve(List.of(new RatePoint(1, 0.004),
      new RatePoint(3, 0.0145), new RatePoint(7, 0.0318)), Compounding.SEMI_ANNUAL);
  private static final MarketData MARKET = new MarketData(Books.VALUATION, 1.32, VOLATILITIES, RATES, 0, 200_000_000);

  @Test
  void eachBucketIsTheClosedFormMovedAtThatPointAlone() {
    List<ResolvedWarrant> book = Books.resolve(MARKET, Books.european("short", 1.92, LocalDate.of(2012, 1, 23)),
        Books.european("long", 1.42, LocalDate.of(2016, 5, 7)));
    BookGreeks greeks = GreeksPricer.DEFAULT.greeks(book, List.of(), MARKET, Books.settings(2_000, 5));
    double v = Bumps.DEFAULT.volatility();
    double r = Bumps.DEFAULT.rate();
    for (int j = 0; j < book.size(); j++) {
      ResolvedWarrant warrant = book.get(j);
      TermBuckets buckets = greeks.tranches().get(j).byTerm();
      assertEquals(2, buckets.vegaByTerm().size());
      assertEquals(3, buckets.rhoByTerm().size());
      for (int i = 0; i < 2; i++) {
        double expected = (closedForm(warrant, MARKET.withVolatility(VOLATILITIES.withVolatility(i,
            VOLATILITIES.points().get(i).volatility() + v)))
            - closedForm(warrant, MARKET.withVolatility(VOLATILITIES.withVolatility(i,
            VOLATILITIES.points().get(i).volatility() - v)))) / (2 * v);
        assertEquals(expected, buckets.vegaByTerm().get(i).value(), 1e-9);
      }
      for (int i = 0; i < 3; i++) {
        double expected = (closedForm(warrant, MARKET.withRiskFreeRate(RATES.withRate(i,
            RATES.points().get(i).rate() + r)))
            - closedForm(warrant, MARKET.withRiskFreeRate(RATES.withRate(i, RATES.points().get(i).rate() - r))))
            / (2 * r);
        assertEquals(expected, buckets.rhoByTerm().get(i).value(), 1e-6);
      }
    }
    TermBuckets longer = greeks.tranches().get(1).byTerm();
    assertEquals(0.0, longer.vegaByTerm().get(0).value(), 1e-12, "beyond the last term only the last point counts");
    assertEquals(0.0, longer.rhoByTerm().get(0).value(), 1e-9, "beyond the last term only the last point counts");
    assertTrue(longer.vegaByTerm().get(1).value() > 0.5);
  }

  private static double closedForm(ResolvedWarrant warrant, MarketData market) {
    return ClosedFormWarrantPricer.DEFAULT.europeanPerWarrant(warrant, market);
  }
}
