package org.warrantlab.result;

import java.util.Optional;
import org.warrantlab.check.Checks;

/**
 * Sensitivities of one value to the market inputs, each with its standard error (zero for a closed
 * form). Units: per unit of the input, with time in ACT/365F years.
 *
 * @param delta change in value per unit change in the share price
 * @param gamma change in delta per unit change in the share price
 * @param vega change in value per unit (1.00, i.e. 100 points) of annualised volatility
 * @param rho change in value per unit of the continuously compounded risk-free rate
 * @param theta change in value per year of calendar time passing with the market unchanged; empty
 *     where time cannot pass (a tranche expires on the valuation date, or an event falls on the next day)
 */
public record Greeks(Estimate delta, Estimate gamma, Estimate vega, Estimate rho, Optional<Estimate> theta) {

  public Greeks {
    Checks.notNull(delta, "delta");
    Checks.notNull(gamma, "gamma");
    Checks.notNull(vega, "vega");
    Checks.notNull(rho, "rho");
    Checks.notNull(theta, "theta");
  }

  /** Every sensitivity multiplied by a constant, e.g. per-share Greeks times the shares per warrant. */
  public Greeks times(double factor) {
    return new Greeks(delta.times(factor), gamma.times(factor), vega.times(factor), rho.times(factor),
        theta.map(value -> value.times(factor)));
  }
}
