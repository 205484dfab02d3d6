package org.warrantlab.exercise;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/** How the least-squares problem of a regression is solved. */
public enum RegressionSolver {

  /**
   * The normal equations, accumulated path by path and solved by Cholesky: the fastest, accurate for the
   * well-scaled bases here; a date whose Gram matrix is not positive definite is solved by QR instead.
   */
  CHOLESKY {
    @Override
    LinearSolverDense<DMatrixRMaj> newSolver(int rows, int columns) {
      return QR.newSolver(rows, columns);
    }
  },

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

  /** The dense solver of a design matrix: the solver itself, or for {@link #CHOLESKY} its fallback. */
  abstract LinearSolverDense<DMatrixRMaj> newSolver(int rows, int columns);
}
