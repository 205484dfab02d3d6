package org.warrantlab.greeks;

import java.util.List;
import java.util.Optional;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.result.Estimate;
import org.warrantlab.result.Greeks;

/**
 * The sensitivities of a book of warrant tranches on one valuation date.
 *
 * @param market the market inputs of the base scenario
 * @param settings the simulation settings, the same in every scenario
 * @param bumps the bump sizes used
 * @param tranches per tranche, per warrant, in input order
 * @param totalValue fair value of all tranches
 * @param total Greeks of the whole book (each tranche's per warrant × its warrant count), with standard
 *     errors that account for the tranches sharing paths; with control variates each book figure has its
 *     own control coefficient, so it agrees with the sum of the tranches' within standard errors, not
 *     to the cent
 * @param thetaUnavailable why no theta was computed, when none was
 * @param simulatedPaths price paths simulated (each one revalued in every scenario)
 * @param totalByTerm the book's vega by volatility-curve point and rho by rate-curve point
 */
public record BookGreeks(MarketData market, SimulationSettings settings, Bumps bumps, List<TrancheGreeks> tranches,
    Estimate totalValue, Greeks total, Optional<String> thetaUnavailable, long simulatedPaths, TermBuckets totalByTerm) {

  public BookGreeks {
    tranches = List.copyOf(tranches);
  }
}
