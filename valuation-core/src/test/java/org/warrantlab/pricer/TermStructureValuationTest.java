package org.warrantlab.pricer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warrantlab.closedform.BlackScholes;
import org.warrantlab.closedform.ClosedFormWarrantPricer;
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
import org.warrantlab.result.Estimate;

/**
 * Valuation under a risk-free curve and a volatility term structure. The statistical checks allow 4
 * standard errors: a false failure about once in 16,000 runs each, and never with the fixed seeds.
 */
class TermStructureValuationTest {

  private static final LocalDate VALUATION = Books.VALUATION;
  /** Term volatilities 90% at 1 year and 70% at 4 years; zero rates 1%, 2%, 3.5% at 0.5, 2 and 5 years. */
  private static final double[] VOL_TERMS = {1, 4};
  private static final double[] VOLS = {0.9, 0.7};
  private static final double[] RATE_TERMS = {0.5, 2, 5};
  private static final double[] RATES = {0.01, 0.02, 0.035};
  private static final MarketData CURVES = new MarketData(VALUATION, 1.32,
      new TermVolatilities(List.of(new VolatilityPoint(1, 0.9), new VolatilityPoint(4, 0.7))),
      new ZeroRateCurve(List.of(new RatePoint(0.5, 0.01), new RatePoint(2, 0.02), new RatePoint(5, 0.035)),
          Compounding.CONTINUOUS), 0.0, 200_000_000);

  @Test
  void eachPlainTrancheIsBlackScholesAtItsOwnTermVolatilityAndZeroRate() {
    Warrant shorter = Books.european("short", 1.92, LocalDate.of(2012, 1, 23));
    Warrant longer = Books.european("long", 1.42, LocalDate.of(2016, 5, 7));
    List<ResolvedWarrant> book = Books.resolve(CURVES, shorter, longer);
    BookValuation simulated = MonteCarloWarrantPricer.DEFAULT.value(book, CURVES, Books.uncontrolled(100_000, 17));
    for (int i = 0; i < book.size(); i++) {
      double years = book.get(i).timeToExpiry();
      double expected = BlackScholes.callPrice(1.32, book.get(i).warrant().exercisePrice(), years,
          integral(RATE_TERMS, RATES, years, false) / years, 0,
          Math.sqrt(integral(VOL_TERMS, VOLS, years, true) / years));
      assertEquals(expected, ClosedFormWarrantPricer.DEFAULT.perWarrant(book.get(i), CURVES).orElseThrow(),
          1e-12 * expected);
      Estimate estimate = simulated.tranches().get(i).perWarrant();
      assertTrue(Math.abs(estimate.value() - expected) < 4 * estimate.standardError(),
          () -> estimate + " vs " + expected);
    }
  }

  /**
   * A full ratchet reset by one financing on 2010-03-15 at 20% below the close: the exercise price becomes
   * min(X, 0.8 S(t1)), so the value is the expectation over S(t1) of the discounted Black–Scholes value from
   * t1 to expiry at that strike, computed here by quadrature over the normal of S(t1) with the piecewise
   * forward variance and rates worked out independently of the curves' code.
   */
  @Test
  void aResetBookUnderTermStructuresAgreesWithQuadrature() {
    LocalDate round = LocalDate.of(2010, 3, 15);
    Financing financing = new FinancingWindow(round, round, 1.0,
        new FinancingTerms(FinancingSize.ofAmount(1_000_000), PriceRule.close(), 0.20, false));
    Warrant ratchet = new Warrant("r", 1_000_000, 1.0, 1.50, VALUATION.minusYears(1), LocalDate.of(2013, 9, 23),
        ExerciseStyle.EUROPEAN, Dilution.NONE, new FullRatchet(ResetLimits.NONE), List.of());
    List<ResolvedWarrant> book = Books.resolve(CURVES, ratchet);
    Estimate estimate = MonteCarloWarrantPricer.DEFAULT.value(book, List.of(financing), CURVES,
        Books.settings(40_000, 29)).tranches().get(0).perWarrant();
    double t1 = (round.toEpochDay() - VALUATION.toEpochDay()) / 365.0;
    double expected = quadrature(1.32, 1.50, 0.8, t1, book.get(0).timeToExpiry());
    assertTrue(estimate.standardError() > 0 && estimate.standardError() < 0.002, estimate::toString);
    assertTrue(Math.abs(estimate.value() - expected) < 4 * estimate.standardError(),
        () -> estimate + " vs " + expected);
  }

  @Test
  void flatCurvesValueBitForBitAsTheScalarInputs() {
    MarketData scalar = new MarketData(VALUATION, 1.32, 0.8, new RiskFreeRate(0.0231, Compounding.SEMI_ANNUAL),
        0.02, 200_000_000);
    MarketData curves = scalar.withVolatility(new TermVolatilities(List.of(new VolatilityPoint(0.5, 0.8),
        new VolatilityPoint(3, 0.8), new VolatilityPoint(10, 0.8)))).withRiskFreeRate(new ZeroRateCurve(List.of(
        new RatePoint(1, 0.0231), new RatePoint(7, 0.0231)), Compounding.SEMI_ANNUAL));
    LocalDate round = LocalDate.of(2010, 3, 15);
    Financing financing = new FinancingWindow(round, round.plusDays(30), 0.6,
        new FinancingTerms(FinancingSize.ofAmount(25_000_000), PriceRule.lesserOfCloseAndVwap(10), 0.06, true));
    Warrant ratchet = new Warrant("r", 1_000_000, 1.0, 1.50, VALUATION.minusYears(1), LocalDate.of(2013, 9, 23),
        ExerciseStyle.AMERICAN, Dilution.NONE, new FullRatchet(ResetLimits.NONE), List.of());
    Warrant plain = Books.european("p", 1.10, LocalDate.of(2012, 1, 23));
    SimulationSettings settings = Books.settings(4_000, 3);
    BookValuation expected = MonteCarloWarrantPricer.DEFAULT.value(Books.resolve(scalar, ratchet, plain),
        List.of(financing), scalar, settings);
    BookValuation actual = MonteCarloWarrantPricer.DEFAULT.value(Books.resolve(curves, ratchet, plain),
        List.of(financing), curves, settings);
    for (int i = 0; i < 2; i++) {
      assertEquals(expected.tranches().get(i).perWarrant(), actual.tranches().get(i).perWarrant());
    }
  }

  /** ∫₀ᵗ of the forward rate (or variance, from term volatilities): linear between terms, flat beyond. */
  private static double integral(double[] terms, double[] values, double t, boolean squared) {
    double[] at = new double[terms.length];
    for (int i = 0; i < terms.length; i++) {
      at[i] = (squared ? values[i] * values[i] : values[i]) * terms[i];
    }
    if (t <= terms[0]) {
      return at[0] / terms[0] * t;
    }
    int last = terms.length - 1;
    if (t >= terms[last]) {
      return at[last] / terms[last] * t;
    }
    int k = 0;
    while (terms[k + 1] < t) {
      k++;
    }
    return at[k] + (at[k + 1] - at[k]) * (t - terms[k]) / (terms[k + 1] - terms[k]);
  }

  /** E[D(T) max(S_T - min(X, (1 - d) S(t1)), 0)] by Simpson's rule over the normal of S(t1). */
  private static double quadrature(double spot, double strike, double issueFraction, double t1, double expiry) {
    double rate1 = integral(RATE_TERMS, RATES, t1, false);
    double variance1 = integral(VOL_TERMS, VOLS, t1, true);
    double rateT = integral(RATE_TERMS, RATES, expiry, false);
    double varianceT = integral(VOL_TERMS, VOLS, expiry, true);
    double laterDiscount = Math.exp(-(rateT - rate1));
    double laterDeviation = Math.sqrt(varianceT - variance1);
    int intervals = 4_000;
    double from = -9;
    double width = 18.0 / intervals;
    double sum = 0;
    for (int k = 0; k <= intervals; k++) {
      double z = from + k * width;
      double s1 = spot * Math.exp(rate1 - 0.5 * variance1 + Math.sqrt(variance1) * z);
      double reset = Math.min(strike, issueFraction * s1);
      double later = BlackScholes.callPriceOverHorizon(s1, reset, laterDiscount, 1 / laterDiscount, laterDeviation);
      double weight = k == 0 || k == intervals ? 1 : k % 2 == 1 ? 4 : 2;
      sum += weight * Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) * later;
    }
    return Math.exp(-rate1) * sum * width / 3;
  }
}
