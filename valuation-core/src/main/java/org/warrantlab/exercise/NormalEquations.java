package org.warrantlab.exercise;

import java.util.Arrays;
import java.util.Optional;

/**
 * A least-squares problem with a few regressors held as its normal equations: the Gram matrix and the
 * regressors' products with the response, added to one observation at a time in primitive arrays, and
 * solved by Cholesky. Reused from one regression to the next, so a fit allocates nothing per path.
 */
final class NormalEquations {

  private final int columns;
  private final double[] gram;
  private final double[] moment;
  private final double[] factor;

  NormalEquations(int columns) {
    this.columns = columns;
    this.gram = new double[columns * columns];
    this.moment = new double[columns];
    this.factor = new double[columns * columns];
  }

  /** Forgets every observation. */
  void clear() {
    Arrays.fill(gram, 0);
    Arrays.fill(moment, 0);
  }

  /** Adds the observation {@code response} at the regressors {@code row} (its first {@code columns}). */
  void add(double[] row, double response) {
    for (int i = 0; i < columns; i++) {
      double ri = row[i];
      int at = i * columns;
      for (int k = 0; k <= i; k++) {
        gram[at + k] += ri * row[k];
      }
      moment[i] += ri * response;
    }
  }

  /**
   * The coefficients that minimise the squared residuals, or empty when the Gram matrix is not positive
   * definite to working precision (collinear regressors), where a QR or SVD solve must take over.
   */
  Optional<double[]> solve() {
    for (int i = 0; i < columns; i++) {
      for (int k = 0; k <= i; k++) {
        double sum = gram[i * columns + k];
        for (int m = 0; m < k; m++) {
          sum -= factor[i * columns + m] * factor[k * columns + m];
        }
        if (i == k) {
          if (!(sum > 1e-12 * gram[i * columns + i])) {
            return Optional.empty();
          }
          factor[i * columns + i] = Math.sqrt(sum);
        } else {
          factor[i * columns + k] = sum / factor[k * columns + k];
        }
      }
    }
    double[] solution = new double[columns];
    for (int i = 0; i < columns; i++) {
      double sum = moment[i];
      for (int m = 0; m < i; m++) {
        sum -= factor[i * columns + m] * solution[m];
      }
      solution[i] = sum / factor[i * columns + i];
    }
    for (int i = columns - 1; i >= 0; i--) {
      double sum = solution[i];
      for (int m = i + 1; m < columns; m++) {
        sum -= factor[m * columns + i] * solution[m];
      }
      solution[i] = sum / factor[i * columns + i];
    }
    for (double c : solution) {
      if (!Double.isFinite(c)) {
        return Optional.empty();
      }
    }
    return Optional.of(solution);
  }
}
