package org.warrantlab.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.warrantlab.event.Financing;
import org.warrantlab.event.FinancingSize;
import org.warrantlab.event.FinancingTerms;
import org.warrantlab.event.FinancingWindow;
import org.warrantlab.event.PriceRule;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.FullRatchet;
import org.warrantlab.instrument.ResetLimits;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.Compounding;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RatePoint;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.market.TermVolatilities;
import org.warrantlab.market.VolatilityPoint;
import org.warrantlab.market.ZeroRateCurve;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.MonteCarloWarrantPricer;

/**
 * The books the benchmarks value, on Capstone's 2009-09-30 market: a plain four-year warrant, and a
 * five-year full-ratchet warrant facing a possible financing in every month of its term.
 */
final class BenchmarkBooks {

  static final LocalDate VALUATION = LocalDate.of(2009, 9, 30);
  static final long SEED = 20091130;

  private BenchmarkBooks() {
  }

  static MarketData market(double dividendYield) {
    return new MarketData(VALUATION, 1.32, 0.8, RiskFreeRate.continuous(0.024), dividendYield, 196_109_428);
  }

  /**
   * {@code market} with the term-structure example's curves: Treasury yields at eight terms (semi-annual) and
   * volatilities of 85%, 80% and 72% at 2.3, 4 and 6.6 years.
   */
  static MarketData termStructured(MarketData market) {
    double[][] yields = {{0.25, 0.0014}, {0.5, 0.0018}, {1, 0.0040}, {2, 0.0095}, {3, 0.0145}, {5, 0.0231},
        {7, 0.0303}, {10, 0.0331}};
    List<RatePoint> rates = new ArrayList<>();
    for (double[] yield : yields) {
      rates.add(new RatePoint(yield[0], yield[1]));
    }
    return market.withRiskFreeRate(new ZeroRateCurve(rates, Compounding.SEMI_ANNUAL))
        .withVolatility(new TermVolatilities(List.of(new VolatilityPoint(2.3, 0.85), new VolatilityPoint(4, 0.80),
            new VolatilityPoint(6.6, 0.72))));
  }

  /** Capstone's 2008 tranche without its clause: one normal and one exp per path. */
  static List<ResolvedWarrant> plain(MarketData market) {
    Warrant warrant = new Warrant("2008-09", 6_445_698, 1, 1.92, LocalDate.of(2008, 9, 23),
        LocalDate.of(2013, 9, 23), ExerciseStyle.EUROPEAN, Dilution.NONE);
    return List.of(ResolvedWarrant.resolve(warrant, market));
  }

  /** The plain warrant valued as {@code value} runs it: antithetic pairs, control variate, one step a path. */
  record PlainCase(MarketData market, List<ResolvedWarrant> book, SimulationSettings settings) {

    static PlainCase of(long paths, int threads) {
      MarketData market = BenchmarkBooks.market(0);
      return new PlainCase(market, plain(market), new SimulationSettings(paths, SEED, true, true, threads));
    }

    BookValuation value(PathSteps counter) {
      BookValuation valuation = MonteCarloWarrantPricer.DEFAULT.value(book, market, settings);
      counter.add(valuation.simulatedPaths(), 1);
      return valuation;
    }
  }

  /** A five-year full ratchet (floor 0.50, shares adjusted), exercisable as {@code style}. */
  static List<ResolvedWarrant> reset(MarketData market, ExerciseStyle style) {
    Warrant warrant = new Warrant("ratchet", 6_445_698, 1.0, 1.92, VALUATION.minusDays(7),
        VALUATION.plusYears(5), style, Dilution.SHARE_COUNT,
        new FullRatchet(new ResetLimits(0.5, true, Integer.MAX_VALUE, null, null)), List.of());
    return List.of(ResolvedWarrant.resolve(warrant, market));
  }

  /**
   * A 10% chance of a $10M raise in each calendar month of the reset warrant's term, at 6% below the
   * lesser of the close and the 10-day VWAP: the path visits every trading day of the five years.
   */
  static List<Financing> monthlyWindows() {
    List<Financing> windows = new ArrayList<>();
    FinancingTerms terms = new FinancingTerms(FinancingSize.ofAmount(10_000_000), PriceRule.lesserOfCloseAndVwap(10),
        0.06, false);
    for (LocalDate month = VALUATION.plusDays(1); month.isBefore(VALUATION.plusYears(5));
        month = month.plusMonths(1).withDayOfMonth(1)) {
      LocalDate end = month.withDayOfMonth(month.lengthOfMonth());
      windows.add(new FinancingWindow(month, end, 0.1, terms));
    }
    return windows;
  }
}
