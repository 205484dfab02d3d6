package org.warrantlab.lattice;

import org.warrantlab.check.Checks;

/**
 * A plain vanilla option on one share, as a lattice prices it: what it pays and when it may be
 * exercised. Market inputs are separate.
 *
 * @param type call or put
 * @param strike exercise price, in the share's currency
 * @param years time to expiry in years (ACT/365F); zero means the option is at expiry
 * @param exercise when the holder may exercise; a Bermudan rule's times must not be after expiry
 */
public record LatticeOption(OptionType type, double strike, double years, ExerciseRule exercise) {

  public LatticeOption {
    Checks.notNull(type, "type");
    Checks.positive(strike, "strike");
    Checks.nonNegative(years, "years");
    Checks.notNull(exercise, "exercise");
    exercise.checkWithin(years);
  }

  /** An option exercisable only at expiry. */
  public static LatticeOption european(OptionType type, double strike, double years) {
    return new LatticeOption(type, strike, years, ExerciseRule.EUROPEAN);
  }

  /** An option exercisable at any time up to expiry. */
  public static LatticeOption american(OptionType type, double strike, double years) {
    return new LatticeOption(type, strike, years, ExerciseRule.AMERICAN);
  }

  /** An option exercisable at {@code exerciseTimes} (years from now) and at expiry. */
  public static LatticeOption bermudan(OptionType type, double strike, double years,
      double... exerciseTimes) {
    return new LatticeOption(type, strike, years, ExerciseRule.bermudan(exerciseTimes));
  }

  /** The value of exercising now at share price {@code spot}. */
  public double payoff(double spot) {
    return type.payoff(spot, strike);
  }
}
