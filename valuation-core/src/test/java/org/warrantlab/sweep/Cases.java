package org.warrantlab.sweep;

import java.time.LocalDate;
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
import org.warrantlab.montecarlo.SimulationSettings;

/** Test cases: Capstone's 2008 full-ratchet tranche facing a possible down round in March 2010. */
final class Cases {

  static final LocalDate VALUATION = LocalDate.of(2009, 9, 30);

  static final List<Financing> DOWN_ROUND = List.of(new FinancingWindow(LocalDate.of(2010, 3, 1),
      LocalDate.of(2010, 3, 31), 0.5, new FinancingTerms(FinancingSize.ofAmount(25_000_000),
          PriceRule.lesserOfCloseAndVwap(10), 0.06, false)));

  static final Warrant FULL_RATCHET = new Warrant("2008-09", 6_445_698, 1.0, 1.92, LocalDate.of(2008, 9, 23),
      LocalDate.of(2013, 9, 23), ExerciseStyle.EUROPEAN, Dilution.NONE,
      new FullRatchet(new ResetLimits(0.5, true, Integer.MAX_VALUE, null, null)), List.of());

  private Cases() {
  }

  static MarketData market(double spot, double volatility) {
    return new MarketData(VALUATION, spot, volatility, RiskFreeRate.continuous(0.024), 0, 196_109_428);
  }

  /** The full-ratchet tranche and the down round in the given market. */
  static ValuationCase resetCase(double spot, double volatility, SimulationSettings settings) {
    MarketData market = market(spot, volatility);
    return new ValuationCase(market, List.of(ResolvedWarrant.resolve(FULL_RATCHET, market)), DOWN_ROUND, settings);
  }
}
