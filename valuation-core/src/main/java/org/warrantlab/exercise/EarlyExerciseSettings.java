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
 * @param dualityPaths outer paths on which the first batch's policy's duality gap is measured, for an upper
 *     bound ({@link DualityBound}); 0 for none
 * @param dualityContinuations the most continuations of an outer path from one exercise date that needs them;
 *     each outer path shares a budget among its dates, so a path that needs few dates continues each more often
 */
public record EarlyExerciseSettings(int datesPerYear, int calibrationPaths, RegressionBasis basis, int degree,
    RegressionSolver solver, int calibrations, int dualityPaths, int dualityContinuations) {

  /** Independent batches by default: enough degrees of freedom for the batch means' standard error. */
  public static final int DEFAULT_CALIBRATIONS = 8;

  /**
   * Weekly exercise dates (the Bermudan value within about 0.2% of the continuous American one, where
   * monthly dates cost up to 0.9%) and 524,288 calibration paths in eight batches (65,536 a batch): the
   * policies' own loss against the Bermudan lattice falls about as one over the root of a batch's paths,
   * from about 1% at 16,384 a batch to a few tenths of a percent here (the README's grid).
   */
  public static final EarlyExerciseSettings DEFAULT =
      new EarlyExerciseSettings(52, 524_288, RegressionBasis.LAGUERRE, 3, RegressionSolver.CHOLESKY,
          DEFAULT_CALIBRATIONS);

  /** Outer paths of the duality gap by default: its standard error is then a small part of the value's. */
  public static final int DEFAULT_DUALITY_PATHS = 64;

  /** The most continuations per outer path and date by default: fewer leave their noise in the gap. */
  public static final int DEFAULT_DUALITY_CONTINUATIONS = 1024;

  /** The most outer paths of the duality gap; each costs a nested simulation. */
  public static final int MAX_DUALITY_PATHS = 65_536;

  /** The most continuations per outer path and date. */
  public static final int MAX_DUALITY_CONTINUATIONS = 65_536;

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
    if (dualityPaths != 0 && (dualityPaths < 2 || dualityPaths > MAX_DUALITY_PATHS)) {
      throw new InvalidValueException("dualityPaths", "must be 0 (no upper bound) or between 2 and "
          + MAX_DUALITY_PATHS + " but was " + dualityPaths);
    }
    if (dualityContinuations < 2 || dualityContinuations > MAX_DUALITY_CONTINUATIONS) {
      throw new InvalidValueException("dualityContinuations", "must be between 2 and " + MAX_DUALITY_CONTINUATIONS
          + " but was " + dualityContinuations);
    }
  }

  /** Settings with the default duality gap. */
  public EarlyExerciseSettings(int datesPerYear, int calibrationPaths, RegressionBasis basis, int degree,
      RegressionSolver solver, int calibrations) {
    this(datesPerYear, calibrationPaths, basis, degree, solver, calibrations, DEFAULT_DUALITY_PATHS,
        DEFAULT_DUALITY_CONTINUATIONS);
  }

  /** Settings with {@link #DEFAULT_CALIBRATIONS} independent calibrations. */
  public EarlyExerciseSettings(int datesPerYear, int calibrationPaths, RegressionBasis basis, int degree,
      RegressionSolver solver) {
    this(datesPerYear, calibrationPaths, basis, degree, solver, DEFAULT_CALIBRATIONS);
  }

  /** Calibration paths each batch's policy is fitted on: its share of {@link #calibrationPaths()}, rounded up. */
  public int calibrationPathsPerPolicy() {
    return (int) (((long) calibrationPaths + calibrations - 1) / calibrations);
  }

  public EarlyExerciseSettings withDatesPerYear(int newDatesPerYear) {
    return new EarlyExerciseSettings(newDatesPerYear, calibrationPaths, basis, degree, solver, calibrations,
        dualityPaths, dualityContinuations);
  }

  public EarlyExerciseSettings withCalibrationPaths(int newCalibrationPaths) {
    return new EarlyExerciseSettings(datesPerYear, newCalibrationPaths, basis, degree, solver, calibrations,
        dualityPaths, dualityContinuations);
  }

  public EarlyExerciseSettings withDegree(int newDegree) {
    return new EarlyExerciseSettings(datesPerYear, calibrationPaths, basis, newDegree, solver, calibrations,
        dualityPaths, dualityContinuations);
  }

  public EarlyExerciseSettings withCalibrations(int newCalibrations) {
    return new EarlyExerciseSettings(datesPerYear, calibrationPaths, basis, degree, solver, newCalibrations,
        dualityPaths, dualityContinuations);
  }

  public EarlyExerciseSettings withDuality(int newDualityPaths, int newDualityContinuations) {
    return new EarlyExerciseSettings(datesPerYear, calibrationPaths, basis, degree, solver, calibrations,
        newDualityPaths, newDualityContinuations);
  }
}
