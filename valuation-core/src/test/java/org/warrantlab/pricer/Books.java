package org.warrantlab.pricer;

import java.time.LocalDate;
import java.util.List;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.montecarlo.SimulationSettings;

/** Small builders for test books. */
public final class Books {

  public static final LocalDate VALUATION = LocalDate.of(2009, 9, 30);

  private Books() {
  }

  public static MarketData market(double spot, double volatility, double rate, double dividendYield) {
    return new MarketData(VALUATION, spot, volatility, RiskFreeRate.continuous(rate), dividendYield, 100_000_000);
  }

  public static Warrant european(String id, double strike, LocalDate expiry) {
    return new Warrant(id, 1_000_000, 1.0, strike, VALUATION.minusYears(1), expiry, ExerciseStyle.EUROPEAN,
        Dilution.NONE);
  }

  /** A European warrant expiring {@code days} calendar days after the valuation date. */
  public static Warrant europeanInDays(String id, double strike, int days) {
    return european(id, strike, VALUATION.plusDays(days));
  }

  public static List<ResolvedWarrant> resolve(MarketData market, Warrant... warrants) {
    return java.util.Arrays.stream(warrants).map(w -> ResolvedWarrant.resolve(w, market)).toList();
  }

  public static SimulationSettings settings(long paths, long seed) {
    return new SimulationSettings(paths, seed, true, true, 2);
  }

  /**
   * Settings without the control variate, for tests of the simulation's own error: a plain tranche's
   * control is its own payoff, so with it the estimate is the closed form and there is no error to test.
   */
  public static SimulationSettings uncontrolled(long paths, long seed) {
    return new SimulationSettings(paths, seed, true, false, 2);
  }
}
