package org.warrantlab.greeks;

import java.util.Optional;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.result.Estimate;
import org.warrantlab.result.Greeks;
import org.warrantlab.result.PathwiseGreeks;

/**
 * The value of one warrant of a tranche and its sensitivities.
 *
 * @param warrant the tranche, resolved against the valuation date
 * @param value Monte Carlo value per warrant, as the valuation gives it with the same seed
 * @param bumped Greeks per warrant by bump-and-revalue with common random numbers
 * @param pathwise pathwise delta and vega per warrant, where the tranche is plain (see {@link GreeksPricer})
 * @param closedForm Black–Scholes Greeks per warrant (× shares per warrant × dilution factor), where the
 *     tranche is plain and its term and the volatility are positive
 * @param byTerm vega by volatility-curve point and rho by rate-curve point, where the market has curves
 */
public record TrancheGreeks(ResolvedWarrant warrant, Estimate value, Greeks bumped, Optional<PathwiseGreeks> pathwise,
    Optional<Greeks> closedForm, TermBuckets byTerm) {
}
