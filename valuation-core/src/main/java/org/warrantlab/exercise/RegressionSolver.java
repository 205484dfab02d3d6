package org.warrantlab.exercise;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/** How the least-squares problem of a regression is solved; never through the normal equations. */
public enum RegressionSolver {

  /** Householder QR: fast and accurate while the basis is well conditioned. */
  QR {
    @Override
    LinearSolverDense<DMatrixRMaj> newSolver(int rows, int columns) {
      return LinearSolverFactory_DDRM.leastSquares(rows, columns);
    }
  },

  /** Singular value decomposition (pseudo-inverse): slower, and robust to a nearly singular basis. */
  SVD {
    @Override
    LinearSolverDense<DMatrixRMaj> newSolver(int rows, int columns) {
      return LinearSolverFactory_DDRM.pseudoInverse(true);
    }
  };

  abstract LinearSolverDense<DMatrixRMaj> newSolver(int rows, int columns);
}
