package org.warrantlab.exercise;

import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;

/**
 * How early exercise is priced by Longstaff–Schwartz.
 *
 * @param datesPerYear exercise dates a year on which an American warrant is tested for exercise (it is
 *     priced as a Bermudan warrant on that grid, which values it slightly low)
 * @param calibrationPaths paths simulated, apart from the pricing paths, to fit the exercise policy
 * @param basis the functions of the regression variable
 * @param degree the basis has the constant and {@code degree} more functions
 * @param solver how each least-squares problem is solved
 * @param calibrations independent policies, each fitted on its share of the calibration paths and pricing its
 *     share of the pricing paths (a batch): the value is the batches' mean, and its standard error comes from
 *     the spread between the batches, which includes the variance of fitting the policy
 */
public record EarlyExerciseSettings(int datesPerYear, int calibrationPaths, RegressionBasis basis, int degree,
    RegressionSolver solver, int calibrations) {

  /** Independent batches by default: enough degrees of freedom for the batch means' standard error. */
  public static final int DEFAULT_CALIBRATIONS = 8;

  /**
   * Monthly exercise dates and 65,536 calibration paths: on an 80%-volatility, four-year call with a 5%
   * yield, fewer calibration paths left the estimate several standard errors below the lattice, and
   * monthly dates cost 0.1–0.7% against continuous exercise while keeping the calibration memory small.
   */
  public static final EarlyExerciseSettings DEFAULT =
      new EarlyExerciseSettings(12, 65_536, RegressionBasis.LAGUERRE, 3, RegressionSolver.CHOLESKY, DEFAULT_CALIBRATIONS);

  /** The most batches; each fits a policy on its share of the calibration paths. */
  public static final int MAX_CALIBRATIONS = 64;

  /** The most basis functions besides the constant; more only adds noise and ill-conditioning. */
  public static final int MAX_DEGREE = 8;

  public EarlyExerciseSettings {
    Checks.positive(datesPerYear, "datesPerYear");
    if (datesPerYear > 365) {
      throw new InvalidValueException("datesPerYear", "must be at most 365 (daily) but was " + datesPerYear);
    }
    Checks.positive(calibrationPaths, "calibrationPaths");
    if (calibrationPaths < 1000) {
      throw new InvalidValueException("calibrationPaths", "must be at least 1000 to fit an exercise policy but was "
          + calibrationPaths);
    }
    Checks.notNull(basis, "basis");
    if (degree < 1 || degree > MAX_DEGREE) {
      throw new InvalidValueException("degree", "must be between 1 and " + MAX_DEGREE + " but was " + degree);
    }
    Checks.notNull(solver, "solver");
    if (calibrations < 2 || calibrations > MAX_CALIBRATIONS) {
      throw new InvalidValueException("calibrations", "must be between 2 and " + MAX_CALIBRATIONS
          + " to measure the batches' spread but was " + calibrations);
    }
  }

  /** Settings with {@link #DEFAULT_CALIBRATIONS} independent calibrations. */
  public EarlyExerciseSettings(int datesPerYear, int calibrationPaths, RegressionBasis basis, int degree,
      RegressionSolver solver) {
    this(datesPerYear, calibrationPaths, basis, degree, solver, DEFAULT_CALIBRATIONS);
  }

  /** Calibration paths each batch's policy is fitted on: its share of {@link #calibrationPaths()}, rounded up. */
  public int calibrationPathsPerPolicy() {
    return (calibrationPaths + calibrations - 1) / calibrations;
  }

  public EarlyExerciseSettings withDatesPerYear(int newDatesPerYear) {
    return new EarlyExerciseSettings(newDatesPerYear, calibrationPaths, basis, degree, solver, calibrations);
  }

  public EarlyExerciseSettings withCalibrationPaths(int newCalibrationPaths) {
    return new EarlyExerciseSettings(datesPerYear, newCalibrationPaths, basis, degree, solver, calibrations);
  }

  public EarlyExerciseSettings withDegree(int newDegree) {
    return new EarlyExerciseSettings(datesPerYear, calibrationPaths, basis, newDegree, solver, calibrations);
  }

  public EarlyExerciseSettings withCalibrations(int newCalibrations) {
    return new EarlyExerciseSettings(datesPerYear, calibrationPaths, basis, degree, solver, newCalibrations);
  }
}
