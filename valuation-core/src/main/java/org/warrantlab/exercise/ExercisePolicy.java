package org.warrantlab.exercise;

import java.util.function.DoubleSupplier;

/**
 * A fitted Longstaff–Schwartz exercise policy: exercise on a date when the exercise value is above the
 * regression's continuation value and, where the terms cannot change after the date (so the European value
 * of holding is a floor under the continuation), above that hold value too; exercise on the valuation date
 * when the calibration paths' mean value of holding is below the immediate exercise value. Immutable, so
 * one policy serves every thread.
 */
public final class ExercisePolicy implements ExerciseDecision {

  private final RegressionBasis basis;
  private final double[][][] coefficients;
  private final double[][] units;
  private final boolean[] exerciseNow;
  private final boolean holdIsFloor;

  /**
   * @param coefficients per output and exercise date (before expiry), the continuation value's
   *     coefficients (the basis functions', then the hold value's), or null where there is no fit and so
   *     no exercise
   * @param units per output and exercise date, the discounted exercise value of one regression unit
   * @param exerciseNow per output, whether it is exercised on the valuation date
   * @param holdIsFloor whether the European value of holding is a lower bound on the continuation value
   *     ({@link ExercisablePaths#controlsAreHoldValues()}), so that no path exercises below it
   */
  ExercisePolicy(RegressionBasis basis, double[][][] coefficients, double[][] units, boolean[] exerciseNow,
      boolean holdIsFloor) {
    this.basis = basis;
    this.coefficients = coefficients;
    this.units = units;
    this.exerciseNow = exerciseNow;
    this.holdIsFloor = holdIsFloor;
  }

  @Override
  public boolean exercise(int output, int date, double exerciseValue, DoubleSupplier holdValue) {
    if (date < 0) {
      return exerciseNow[output];
    }
    if (coefficients[output][date] == null) {
      return false;
    }
    double hold = holdValue.getAsDouble();
    return beats(holdIsFloor, basis, coefficients[output][date], exerciseValue, hold, units[output][date]);
  }

  /**
   * Whether the exercise value beats the fitted continuation and, when {@code holdIsFloor}, the hold value:
   * the one rule of the calibration's backward pass and of the fitted policy.
   */
  static boolean beats(boolean holdIsFloor, RegressionBasis basis, double[] fit, double exerciseValue,
      double holdValue, double unit) {
    return (!holdIsFloor || exerciseValue > holdValue)
        && exerciseValue > continuation(basis, fit, exerciseValue, holdValue, unit);
  }

  /** Whether no path exercises below the European value of holding. */
  public boolean holdIsFloor() {
    return holdIsFloor;
  }

  /**
   * The regression's discounted continuation value on a path whose discounted exercise and hold values
   * are given; NaN where there is no fit.
   */
  public double continuation(int output, int date, double exerciseValue, double holdValue) {
    double[] fit = coefficients[output][date];
    return fit == null ? Double.NaN : continuation(basis, fit, exerciseValue, holdValue, units[output][date]);
  }

  /** The fitted combination: the basis at the exercise value plus the hold value's term, in regression units. */
  static double continuation(RegressionBasis basis, double[] fit, double exerciseValue, double holdValue,
      double unit) {
    int functions = fit.length - 1;
    return basis.combine(exerciseValue / unit, fit, functions) + fit[functions] * holdValue / unit;
  }

  /** Whether output {@code output} is exercised on the valuation date. */
  public boolean exercisesNow(int output) {
    return exerciseNow[output];
  }
}
