package org.warrantlab.pricer.exercise;

import java.util.function.DoubleSupplier;

/**
 * A fitted Longstaff–Schwartz exercise policy: exercise on a date when the exercise value is above both
 * the regression's continuation value and the hold floor; exercise on the valuation date when the
 * calibration paths' mean value of holding is below the immediate exercise value. Immutable, so one
 * policy serves every thread.
 */
public final class ExercisePolicy implements ExerciseDecision {

  private final RegressionBasis basis;
  private final double[][][] coefficients;
  private final double[][] units;
  private final boolean[] exerciseNow;

  /**
   * @param coefficients per output and exercise date (before expiry), the continuation value's
   *     coefficients, or null where there is no fit and so no exercise
   * @param units per output and exercise date, the discounted exercise value of one regression unit
   * @param exerciseNow per output, whether it is exercised on the valuation date
   */
  ExercisePolicy(RegressionBasis basis, double[][][] coefficients, double[][] units, boolean[] exerciseNow) {
    this.basis = basis;
    this.coefficients = coefficients;
    this.units = units;
    this.exerciseNow = exerciseNow;
  }

  @Override
  public boolean exercise(int output, int date, double exerciseValue, DoubleSupplier holdFloor) {
    if (date < 0) {
      return exerciseNow[output];
    }
    double[] fit = coefficients[output][date];
    if (fit == null || exerciseValue <= continuation(output, date, exerciseValue)) {
      return false;
    }
    return exerciseValue > holdFloor.getAsDouble();
  }

  /** The regression's discounted continuation value at a path whose discounted exercise value is given. */
  public double continuation(int output, int date, double exerciseValue) {
    double[] fit = coefficients[output][date];
    return fit == null ? Double.NaN : basis.combine(exerciseValue / units[output][date], fit);
  }

  /** Whether output {@code output} is exercised on the valuation date. */
  public boolean exercisesNow(int output) {
    return exerciseNow[output];
  }
}
