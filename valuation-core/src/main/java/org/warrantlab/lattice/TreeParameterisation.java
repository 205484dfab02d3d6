package org.warrantlab.lattice;

import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.math.Transcendentals;
import org.warrantlab.process.GbmProcess;

/**
 * How a binomial tree's up and down moves and probability are chosen so that it converges to
 * risk-neutral geometric Brownian motion. Both trees match the one-step forward exactly:
 * {@code p * up + (1 - p) * down = exp((r - q) dt)}.
 *
 * <p>With zero volatility both give the deterministic tree {@code up = down = exp((r - q) dt)}, on
 * which every node of a step holds the forward price.
 */
public enum TreeParameterisation {

  /**
   * Cox, Ross and Rubinstein (1979): {@code up = exp(sigma sqrt(dt))}, {@code down = 1 / up},
   * {@code p = (exp((r - q) dt) - down) / (up - down)}. Any positive step count, as long as
   * {@code p} stays within [0, 1], which needs {@code |r - q| sqrt(dt) <= sigma} roughly. European
   * values converge at order 1/steps, oscillating between odd and even counts.
   */
  COX_ROSS_RUBINSTEIN {
    @Override
    BinomialTree volatileTree(GbmProcess process, double strike, double years, int steps) {
      double dt = years / steps;
      double growth = Transcendentals.exp((process.riskFreeRate() - process.dividendYield()) * dt);
      double up = Transcendentals.exp(process.volatility() * Math.sqrt(dt));
      double down = 1.0 / up;
      double p = (growth - down) / (up - down);
      if (!(p >= 0 && p <= 1)) {
        throw new InvalidValueException("steps", "(" + steps + ") are too few for a Cox-Ross-Rubinstein"
            + " tree at this rate, dividend yield and volatility: the up probability would be " + p
            + "; use more steps");
      }
      return new BinomialTree(steps, dt, up, down, p, process.discountFactor(dt));
    }
  },

  /**
   * Leisen and Reimer (1996), Peizer–Pratt inversion method 2: the up probability is
   * {@code p = h(d2)}, {@code p' = h(d1)} with d1, d2 the Black–Scholes terms for this spot and
   * strike, {@code up = exp((r - q) dt) p' / p} and {@code down = (exp((r - q) dt) - p up) / (1 - p)}.
   * The tree is centred on the strike, so European values converge smoothly at order 1/steps²
   * without odd–even oscillation.
   *
   * <p>The inversion needs an odd step count. An even count is rejected, not rounded, so that the
   * tree always has the steps it was asked for.
   */
  LEISEN_REIMER {
    @Override
    public int checkSteps(int steps) {
      super.checkSteps(steps);
      if (steps % 2 == 0) {
        throw new InvalidValueException("steps", "must be odd for a Leisen-Reimer tree but was " + steps
            + "; use " + (steps + 1));
      }
      return steps;
    }

    @Override
    BinomialTree volatileTree(GbmProcess process, double strike, double years, int steps) {
      double dt = years / steps;
      double carry = process.riskFreeRate() - process.dividendYield();
      double growth = Transcendentals.exp(carry * dt);
      double stdDev = process.volatility() * Math.sqrt(years);
      double d1 = (Transcendentals.log(process.spot() / strike) + carry * years) / stdDev + 0.5 * stdDev;
      double d2 = d1 - stdDev;
      double p = peizerPratt(d2, steps);
      double pPrime = peizerPratt(d1, steps);
      if (!(p > 0 && p < 1)) {
        throw new InvalidValueException("strike", "(" + strike + ") is too far from the spot ("
            + process.spot() + ") for a Leisen-Reimer tree: its up probability would be " + p
            + "; use the Cox-Ross-Rubinstein tree");
      }
      double up = growth * pPrime / p;
      double down = (growth - p * up) / (1 - p);
      return new BinomialTree(steps, dt, up, down, p, process.discountFactor(dt));
    }
  };

  /**
   * The tree for an option expiring in {@code years} with exercise price {@code strike}.
   *
   * @param process spot, continuously compounded rate, continuous dividend yield and annualised
   *     volatility, all already validated
   * @param strike exercise price, positive (only the Leisen–Reimer tree depends on it)
   * @param years time to expiry in years, positive
   * @param steps number of time steps, valid for this parameterisation
   */
  public BinomialTree tree(GbmProcess process, double strike, double years, int steps) {
    checkSteps(steps);
    if (process.volatility() == 0) {
      double dt = years / steps;
      double growth = Transcendentals.exp((process.riskFreeRate() - process.dividendYield()) * dt);
      return new BinomialTree(steps, dt, growth, growth, 0.5, process.discountFactor(dt));
    }
    return volatileTree(process, strike, years, steps);
  }

  /**
   * Checks that this parameterisation can build a tree of {@code steps} steps.
   *
   * @return {@code steps}
   * @throws InvalidValueException naming {@code steps} when it is not positive, or (Leisen–Reimer)
   *     not odd
   */
  public int checkSteps(int steps) {
    return Checks.positive(steps, "steps");
  }

  abstract BinomialTree volatileTree(GbmProcess process, double strike, double years, int steps);

  /**
   * Peizer–Pratt method 2 inversion: the binomial probability that approximates the normal
   * distribution function at {@code z} on a tree of {@code steps} (odd) steps.
   */
  static double peizerPratt(double z, int steps) {
    double n = steps;
    double scaled = z / (n + 1.0 / 3.0 + 0.1 / (n + 1.0));
    double root = Math.sqrt(1.0 - Transcendentals.exp(-scaled * scaled * (n + 1.0 / 6.0)));
    return 0.5 + Math.copySign(0.5 * root, z);
  }
}
