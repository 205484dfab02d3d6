package org.warrantlab.pricer;

import org.warrantlab.result.Estimate;

/**
 * How often the issuer redeemed a tranche and how often its holders took a fundamental transaction's
 * Black–Scholes value, over the pricing paths, times the business combination's probability where the
 * book is contingent on one.
 *
 * @param redemptionProbability the probability the tranche is redeemed
 * @param meanRedemptionYears mean years from the valuation date to the redemption, over the paths that
 *     redeem it; NaN when none does
 * @param transactionProbability the probability its holders take the Black–Scholes value
 */
public record ContingencyStatistics(Estimate redemptionProbability, double meanRedemptionYears,
    Estimate transactionProbability) {
}
