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
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.montecarlo.Sampling;
import org.warrantlab.montecarlo.SamplingMethod;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.MonteCarloWarrantPricer;

/**
 * The two warrants the quasi-random benchmark compares sampling methods on, both Capstone's 2008-09
 * tranche (6,445,698 warrants at $1.92 to 2013-09-23) at 2009-09-30 with spot 1.32, volatility 80% and a
 * 2.4% rate (assumptions, as in the examples):
 * <ul>
 *   <li>{@code plain}: no protection, no financings, so one normal per path;
 *   <li>{@code reset}: a full ratchet (floor 0.50, shares adjust) and twelve monthly financing windows from
 *       October 2009, each a 10% chance of a $25M round 6% below the lesser of close and 10-day VWAP: a
 *       daily path through each window, about 360 normals per path.
 * </ul>
 * Settings as the command line's defaults: antithetic pairs and the control variate for pseudo-random
 * paths (Sobol points are never mirrored), 16 randomisations for Sobol; but the plain case without the
 * control variate, which is its own payoff and would leave no sampling error to compare.
 */
public final class QuasiRandomCases {

  static final LocalDate VALUATION = LocalDate.of(2009, 9, 30);
  static final MarketData MARKET = new MarketData(VALUATION, 1.32, 0.8, RiskFreeRate.continuous(0.024), 0,
      196_109_428);

  private final List<ResolvedWarrant> book;
  private final List<Financing> financings;
  private final boolean controlVariate;

  private QuasiRandomCases(Warrant warrant, List<Financing> financings, boolean controlVariate) {
    this.book = List.of(ResolvedWarrant.resolve(warrant, MARKET));
    this.financings = financings;
    this.controlVariate = controlVariate;
  }

  /** The case named {@code plain} or {@code reset}. */
  public static QuasiRandomCases of(String payoff) {
    return switch (payoff) {
      case "plain" -> new QuasiRandomCases(warrant(false), List.of(), false);
      case "reset" -> new QuasiRandomCases(warrant(true), monthlyWindows(12), true);
      default -> throw new IllegalArgumentException("payoff must be plain or reset but was " + payoff);
    };
  }

  /** The settings of a run of this case with {@code method}. */
  public SimulationSettings settings(SamplingMethod method, long paths, long seed, int threads) {
    SimulationSettings settings = new SimulationSettings(paths, seed, true, controlVariate, threads);
    return method == SamplingMethod.SOBOL ? settings.withSampling(Sampling.sobol(Sampling.DEFAULT_RANDOMISATIONS))
        : settings;
  }

  public BookValuation value(SimulationSettings settings) {
    return MonteCarloWarrantPricer.DEFAULT.value(book, financings, MARKET, settings);
  }

  private static Warrant warrant(boolean ratchet) {
    return ratchet
        ? new Warrant("2008-09", 6_445_698, 1.0, 1.92, LocalDate.of(2008, 9, 23), LocalDate.of(2013, 9, 23),
            ExerciseStyle.EUROPEAN, Dilution.NONE,
            new FullRatchet(new ResetLimits(0.5, true, Integer.MAX_VALUE, null, null)), List.of())
        : new Warrant("2008-09", 6_445_698, 1.0, 1.92, LocalDate.of(2008, 9, 23), LocalDate.of(2013, 9, 23),
            ExerciseStyle.EUROPEAN, Dilution.NONE);
  }

  private static List<Financing> monthlyWindows(int months) {
    List<Financing> windows = new ArrayList<>();
    for (int k = 0; k < months; k++) {
      LocalDate start = LocalDate.of(2009, 10, 1).plusMonths(k);
      windows.add(new FinancingWindow(start, start.plusMonths(1).minusDays(1), 0.1,
          new FinancingTerms(FinancingSize.ofAmount(25_000_000), PriceRule.lesserOfCloseAndVwap(10), 0.06, false)));
    }
    return windows;
  }
}
