package org.warrantlab.exercise;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.warrantlab.montecarlo.MonteCarloEngine;
import org.warrantlab.montecarlo.NormalStreams;

/**
 * Fits an exercise policy by Longstaff–Schwartz least squares on calibration paths of their own, so
 * that the policy, applied to independent pricing paths, gives an unbiased estimate of a feasible
 * policy's value: a lower bound on the true value.
 *
 * <p>On each calibration path and each exercise date before expiry, the walk records two doubles: the
 * discounted exercise value (0 out of the money) and, in the money, the discounted European value of
 * holding the standing terms. Memory is twice calibration paths × exercise dates of doubles per output.
 * Going back from expiry, each date's realised value of holding (the discounted cash flow the policy
 * fitted so far pays) is regressed, over the in-the-money paths only and relative to each path's hold
 * value (weighted least squares), on the basis functions of the
 * exercise value in regression units and on the European hold value, which carries the shape of the
 * continuation value far into the money where polynomials alone bend away; paths whose exercise value
 * beats the fitted continuation (and the hold value, where that is a floor under it) exercise there instead.
 */
public final class LongstaffSchwartz {

  /** Mixed into the seed so that calibration paths never coincide with the pricing paths of a run. */
  static final long CALIBRATION_STREAM = 0x4C534D43414C4942L;

  /** Seeds of successive calibrations are this far apart (the golden-ratio increment of SplitMix64). */
  static final long CALIBRATION_SPACING = 0x9E3779B97F4A7C15L;

  /** A regression needs at least this many in-the-money paths per regressor, or the date is skipped. */
  private static final int PATHS_PER_FUNCTION = 10;

  private final EarlyExerciseSettings settings;

  public LongstaffSchwartz(EarlyExerciseSettings settings) {
    this.settings = settings;
  }

  /**
   * The policy of batch {@code batch} of the run seeded with {@code seed}: fitted on
   * {@link EarlyExerciseSettings#calibrationPathsPerPolicy()} calibration paths of the batch's own seed.
   */
  public ExercisePolicy calibrateBatch(ExercisablePaths paths, long seed, int batch, int threads) {
    return calibrate(paths, batchSeed(seed, batch), settings.calibrationPathsPerPolicy(), threads);
  }

  /** The seed of batch {@code batch} of the run seeded with {@code seed}: its pricing and calibration paths. */
  public static long batchSeed(long seed, int batch) {
    return seed + batch * CALIBRATION_SPACING;
  }

  /** The policy fitted on all {@link EarlyExerciseSettings#calibrationPaths()} paths of the run's seed. */
  public ExercisePolicy calibrate(ExercisablePaths paths, long seed, int threads) {
    return calibrate(paths, seed, settings.calibrationPaths(), threads);
  }

  /**
   * Simulates {@code calibration} calibration paths of the run seeded with {@code seed}, their blocks on up
   * to {@code threads} threads (each path is recorded in its own slot, so the policy does not depend on the
   * thread count), and fits the policy.
   */
  public ExercisePolicy calibrate(ExercisablePaths paths, long seed, int calibration, int threads) {
    int outputs = paths.outputs();
    if (IntStream.range(0, outputs).allMatch(j -> paths.exerciseTimes(j).length == 0)) {
      return new ExercisePolicy(settings.basis(), new double[outputs][0][], new double[outputs][0],
          new boolean[outputs], paths.controlsAreHoldValues());
    }
    Recorder recorder = new Recorder(paths, calibration);
    double[][] cash = new double[outputs][calibration];
    simulate(paths, seed, calibration, threads, recorder, cash);

    double[][][] coefficients = new double[outputs][][];
    double[][] units = new double[outputs][];
    boolean[] exerciseNow = new boolean[outputs];
    for (int j = 0; j < outputs; j++) {
      int dates = Math.max(paths.exerciseTimes(j).length - 1, 0);
      units[j] = new double[dates];
      for (int k = 0; k < dates; k++) {
        units[j][k] = paths.regressionUnit(j, k);
      }
      coefficients[j] = fitBackwards(recorder.values[j], recorder.holds[j], units[j], cash[j],
          paths.controlsAreHoldValues());
      double now = paths.immediateExerciseValue(j);
      exerciseNow[j] = now > 0 && now > Arrays.stream(cash[j]).average().orElse(0);
    }
    return new ExercisePolicy(settings.basis(), coefficients, units, exerciseNow, paths.controlsAreHoldValues());
  }

  /**
   * Walks the calibration paths in the engine's blocks, pseudo-random normals from the streams of
   * (salted seed, block), and records each path in its own slot.
   */
  private void simulate(ExercisablePaths paths, long seed, int calibration, int threads, Recorder recorder,
      double[][] cash) {
    NormalStreams streams = NormalStreams.pseudoRandom(seed ^ CALIBRATION_STREAM, calibration,
        paths.dimension());
    MonteCarloEngine.DEFAULT.forEachBlock(streams, threads, block -> {
      Recorder.Cursor cursor = recorder.new Cursor((long) block * streams.blockSize());
      ExercisablePaths.Walker walker = paths.newWalker(cursor);
      double[] payoffs = new double[paths.outputs()];
      double[] controls = new double[paths.outputs()];
      return (normals, weight) -> {
        walker.walk(normals, payoffs, controls);
        for (int j = 0; j < payoffs.length; j++) {
          cash[j][cursor.path] = payoffs[j];
        }
        cursor.path++;
      };
    });
  }

  /**
   * Coefficients per date, fitted from the last date before expiry back to the first; updates {@code cash}.
   * Each date's regressed paths are gathered once, in path order, and their observations added in that
   * order, so the normal equations' sums are the same however the paths were stored. Below the hold value no
   * path exercises only where {@code holdIsFloor}: a reset, financing, redemption or transaction after the date
   * can make holding worth less than the European value of the standing terms.
   */
  private double[][] fitBackwards(double[][] values, double[][] holds, double[] units, double[] cash,
      boolean holdIsFloor) {
    int functions = settings.degree() + 1;
    int columns = functions + 1;
    double[][] coefficients = new double[values.length][];
    double[] row = new double[columns];
    double[] basisRow = new double[functions];
    int[] regressedPaths = new int[cash.length];
    NormalEquations equations = new NormalEquations(columns);
    for (int k = values.length - 1; k >= 0; k--) {
      double[] value = values[k];
      double[] hold = holds[k];
      int inTheMoney = 0;
      for (int p = 0; p < value.length; p++) {
        if (regressed(value[p], hold[p])) {
          regressedPaths[inTheMoney++] = p;
        }
      }
      if (inTheMoney < PATHS_PER_FUNCTION * columns) {
        continue;
      }
      double unit = units[k];
      Optional<double[]> fit = Optional.empty();
      if (settings.solver() == RegressionSolver.CHOLESKY) {
        equations.clear();
        for (int i = 0; i < inTheMoney; i++) {
          int p = regressedPaths[i];
          equations.add(row, weightedRegressors(value[p], hold[p], unit, cash[p], basisRow, row));
        }
        fit = equations.solve();
      }
      if (fit.isEmpty()) {
        fit = solveDense(value, hold, unit, cash, regressedPaths, inTheMoney, basisRow, row);
      }
      if (fit.isEmpty()) {
        continue;
      }
      double[] fitted = fit.get();
      coefficients[k] = fitted;
      for (int p = 0; p < value.length; p++) {
        if (value[p] > 0 && ExercisePolicy.beats(holdIsFloor, settings.basis(), fitted, value[p], hold[p], unit)) {
          cash[p] = value[p];
        }
      }
    }
    return coefficients;
  }

  /** Whether a path enters its date's regression: in the money, with a hold value to weigh it by. */
  private static boolean regressed(double value, double hold) {
    return value > 0 && hold > 0;
  }

  /**
   * Writes one path's regressors into {@code row}: the basis at the regression variable, then the hold value,
   * in regression units; returns its response, the realised cash flow. Both are divided by the hold value in
   * regression units, so that the fit minimises relative errors and the large cash flows of paths deep in
   * the money do not drown the fit near the exercise boundary.
   */
  private double weightedRegressors(double value, double hold, double unit, double cash, double[] basisRow,
      double[] row) {
    settings.basis().evaluate(value / unit, basisRow);
    double weight = unit / hold;
    for (int i = 0; i < basisRow.length; i++) {
      row[i] = basisRow[i] * weight;
    }
    row[basisRow.length] = 1;
    return cash * weight;
  }

  /**
   * One date's fit by the settings' dense solver (QR or SVD) on the design matrix of the first
   * {@code inTheMoney} of {@code regressedPaths}.
   */
  private Optional<double[]> solveDense(double[] value, double[] hold, double unit, double[] cash,
      int[] regressedPaths, int inTheMoney, double[] basisRow, double[] row) {
    DMatrixRMaj design = new DMatrixRMaj(inTheMoney, row.length);
    DMatrixRMaj holding = new DMatrixRMaj(inTheMoney, 1);
    for (int at = 0; at < inTheMoney; at++) {
      int p = regressedPaths[at];
      double response = weightedRegressors(value[p], hold[p], unit, cash[p], basisRow, row);
      for (int i = 0; i < row.length; i++) {
        design.unsafe_set(at, i, row[i]);
      }
      holding.unsafe_set(at, 0, response);
    }
    return Optional.ofNullable(solve(design, holding));
  }

  /** The least-squares coefficients, or null when the design is singular for the solver. */
  private double[] solve(DMatrixRMaj design, DMatrixRMaj holding) {
    LinearSolverDense<DMatrixRMaj> solver = settings.solver().newSolver(design.numRows, design.numCols);
    if (!solver.setA(design)) {
      return null;
    }
    DMatrixRMaj fit = new DMatrixRMaj(design.numCols, 1);
    solver.solve(holding, fit);
    for (double c : fit.data) {
      if (!Double.isFinite(c)) {
        return null;
      }
    }
    return fit.data;
  }

  /**
   * The discounted exercise and hold values of every calibration path, per output and exercise date;
   * each thread records through a {@link Cursor} of its own.
   */
  private static final class Recorder {
    private final double[][][] values;
    private final double[][][] holds;

    Recorder(ExercisablePaths paths, int calibration) {
      this.values = new double[paths.outputs()][][];
      this.holds = new double[paths.outputs()][][];
      for (int j = 0; j < values.length; j++) {
        int dates = Math.max(paths.exerciseTimes(j).length - 1, 0);
        values[j] = new double[dates][calibration];
        holds[j] = new double[dates][calibration];
      }
    }

    /** Records the values of the path it is on; never exercises. */
    final class Cursor implements ExerciseDecision {
      private int path;

      Cursor(long firstPath) {
        this.path = Math.toIntExact(firstPath);
      }

      @Override
      public boolean exercise(int output, int date, double exerciseValue, DoubleSupplier holdValue) {
        if (date >= 0) {
          values[output][date][path] = exerciseValue;
          holds[output][date][path] = holdValue.getAsDouble();
        }
        return false;
      }
    }
  }
}
