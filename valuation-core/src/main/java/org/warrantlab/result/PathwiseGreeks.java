package org.warrantlab.result;

/**
 * Delta and vega by the pathwise method: the expectation of the payoff's derivative along each path,
 * which has no bump size and so no finite-difference bias. Only for payoffs that are continuous in the
 * input, such as a plain European warrant.
 *
 * @param delta change in value per unit change in the share price
 * @param vega change in value per unit (1.00) of annualised volatility
 */
public record PathwiseGreeks(Estimate delta, Estimate vega) {
}
