package org.warrantlab.lattice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.math.Transcendentals;
import org.warrantlab.process.GbmProcess;

/**
 * Prices a plain vanilla option on a binomial lattice by backward induction: node values at expiry
 * are the payoff; each earlier node is the discounted risk-neutral mean of its two successors, raised
 * to the exercise value on steps where the option's {@link ExerciseRule} allows exercise.
 *
 * <p>Memory is O(steps): one array of node values is rolled back in place, with the powers of the up
 * and down moves precomputed. Time is O(steps²): about 10⁸ node updates at 10,000 steps.
 *
 * @param parameterisation how the tree's moves and probability are chosen
 * @param steps number of time steps from now to expiry, whatever the expiry; must suit the
 *     parameterisation (Leisen–Reimer needs an odd count)
 */
public record BinomialPricer(TreeParameterisation parameterisation, int steps) {

  /** A Leisen–Reimer tree of 1,001 steps: European values within about 1e-6 of Black–Scholes. */
  public static final BinomialPricer DEFAULT =
      new BinomialPricer(TreeParameterisation.LEISEN_REIMER, 1001);

  public BinomialPricer {
    Checks.notNull(parameterisation, "parameterisation");
    parameterisation.checkSteps(steps);
  }

  public static BinomialPricer of(TreeParameterisation parameterisation, int steps) {
    return new BinomialPricer(parameterisation, steps);
  }

  /**
   * The option's value now.
   *
   * @param option what is priced
   * @param spot share price now, positive
   * @param rate risk-free rate, continuously compounded, may be negative
   * @param dividendYield continuous dividend yield, non-negative
   * @param volatility annualised volatility of the log share price, non-negative
   * @return value in the share's currency; the intrinsic value when {@code option.years()} is zero
   */
  public double price(LatticeOption option, double spot, double rate, double dividendYield,
      double volatility) {
    return price(option, process(spot, rate, dividendYield, volatility));
  }

  /**
   * The option's value now under {@code process}, whose fields are validated as in
   * {@link #price(LatticeOption, double, double, double, double)}.
   */
  public double price(LatticeOption option, GbmProcess process) {
    return rollBack(Checks.notNull(option, "option"), checked(process), null);
  }

  /**
   * The early-exercise boundary the lattice finds while pricing: empty for a European option, or for
   * an American call when early exercise never pays (no dividend yield).
   */
  public ExerciseBoundary exerciseBoundary(LatticeOption option, GbmProcess process) {
    Checks.notNull(option, "option");
    List<ExerciseBoundary.Point> points = new ArrayList<>();
    rollBack(option, checked(process), points);
    Collections.reverse(points);
    return new ExerciseBoundary(option.type(), points);
  }

  /** Validates market inputs, naming the field. */
  private static GbmProcess process(double spot, double rate, double dividendYield, double volatility) {
    return new GbmProcess(
        Checks.positive(spot, "spot"),
        Checks.finite(rate, "rate"),
        Checks.nonNegative(dividendYield, "dividendYield"),
        Checks.nonNegative(volatility, "volatility"));
  }

  private static GbmProcess checked(GbmProcess process) {
    Checks.notNull(process, "process");
    return process(process.spot(), process.riskFreeRate(), process.dividendYield(), process.volatility());
  }

  /** Backward induction; adds boundary points in decreasing time when {@code boundary} is not null. */
  private double rollBack(LatticeOption option, GbmProcess process, List<ExerciseBoundary.Point> boundary) {
    double spot = process.spot();
    if (option.years() == 0) {
      return option.payoff(spot);
    }
    BinomialTree tree = parameterisation.tree(process, option.strike(), option.years(), steps);
    boolean[] exercisable = option.exercise().exerciseSteps(steps, option.years());
    double[] upPowers = powers(tree.up());
    double[] downPowers = powers(tree.down());
    if (!Double.isFinite(spot * upPowers[steps])) {
      throw new InvalidValueException("steps", "(" + steps + ") make the tree's highest share price"
          + " overflow at this volatility and expiry; use fewer steps");
    }
    double[] values = new double[steps + 1];
    for (int j = 0; j <= steps; j++) {
      values[j] = option.payoff(spot * upPowers[j] * downPowers[steps - j]);
    }
    double discountUp = tree.stepDiscount() * tree.upProbability();
    double discountDown = tree.stepDiscount() * tree.downProbability();
    boolean put = option.type() == OptionType.PUT;
    for (int i = steps - 1; i >= 0; i--) {
      for (int j = 0; j <= i; j++) {
        values[j] = discountUp * values[j + 1] + discountDown * values[j];
      }
      if (!exercisable[i]) {
        continue;
      }
      double critical = Double.NaN;
      for (int j = 0; j <= i; j++) {
        double nodeSpot = spot * upPowers[j] * downPowers[i - j];
        double exercise = option.payoff(nodeSpot);
        if (exercise > values[j]) {
          values[j] = exercise;
          if (put || Double.isNaN(critical)) {
            critical = nodeSpot;
          }
        }
      }
      if (boundary != null && !Double.isNaN(critical)) {
        boundary.add(new ExerciseBoundary.Point(i * tree.stepYears(), critical));
      }
    }
    return values[0];
  }

  /** {@code factor^k} for k = 0..steps. */
  private double[] powers(double factor) {
    double[] powers = new double[steps + 1];
    for (int k = 0; k <= steps; k++) {
      powers[k] = Transcendentals.pow(factor, k);
    }
    return powers;
  }
}
