package org.warrantlab.exercise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.junit.jupiter.api.Test;
import org.warrantlab.math.Transcendentals;

/** The normal equations accumulated one observation at a time, against a QR solve of the whole design. */
class NormalEquationsTest {

  private static final int COLUMNS = 5;

  /** A Laguerre-like row: the constant, three decaying functions of x, and a hold-value-like regressor. */
  private static double[] row(double x, double hold) {
    double weight = Transcendentals.exp(-0.5 * x);
    return new double[] {1, weight, weight * (1 - x), weight * (1 - 2 * x + 0.5 * x * x), hold};
  }

  @Test
  void recoversTheCoefficientsOfAnExactFit() {
    double[] coefficients = {0.3, -1.2, 0.8, 0.05, 1.1};
    NormalEquations equations = new NormalEquations(COLUMNS);
    for (int i = 0; i < 400; i++) {
      double x = 0.01 * i;
      double[] row = row(x, 0.5 + 0.3 * x * x);
      double response = 0;
      for (int c = 0; c < COLUMNS; c++) {
        response += coefficients[c] * row[c];
      }
      equations.add(row, response);
    }
    assertArrayEquals(coefficients, equations.solve().orElseThrow(), 1e-8);
  }

  @Test
  void equalsTheQrLeastSquaresSolutionOfNoisyObservations() {
    SplittableRandom random = new SplittableRandom(22);
    int rows = 5_000;
    DMatrixRMaj design = new DMatrixRMaj(rows, COLUMNS);
    DMatrixRMaj response = new DMatrixRMaj(rows, 1);
    NormalEquations equations = new NormalEquations(COLUMNS);
    for (int i = 0; i < rows; i++) {
      double x = 3 * random.nextDouble();
      double[] row = row(x, 0.2 + x + 0.1 * random.nextDouble());
      double y = Math.max(x - 1, 0) + 0.3 * random.nextGaussian();
      for (int c = 0; c < COLUMNS; c++) {
        design.set(i, c, row[c]);
      }
      response.set(i, 0, y);
      equations.add(row, y);
    }
    LinearSolverDense<DMatrixRMaj> qr = LinearSolverFactory_DDRM.leastSquares(rows, COLUMNS);
    assertTrue(qr.setA(design));
    DMatrixRMaj reference = new DMatrixRMaj(COLUMNS, 1);
    qr.solve(response, reference);
    double[] fitted = equations.solve().orElseThrow();
    for (int c = 0; c < COLUMNS; c++) {
      assertEquals(reference.get(c, 0), fitted[c], 1e-7 * (1 + Math.abs(reference.get(c, 0))), "coefficient " + c);
    }
  }

  @Test
  void collinearRegressorsLeaveTheSolveToQr() {
    NormalEquations equations = new NormalEquations(3);
    for (int i = 0; i < 100; i++) {
      double x = 0.1 * i;
      equations.add(new double[] {1, x, 2 * x}, x);
    }
    assertTrue(equations.solve().isEmpty());
  }

  @Test
  void clearingForgetsEveryObservation() {
    NormalEquations equations = new NormalEquations(2);
    for (int i = 0; i < 50; i++) {
      equations.add(new double[] {1, i}, 100 - 7 * i);
    }
    equations.clear();
    for (int i = 0; i < 50; i++) {
      equations.add(new double[] {1, i}, 3 + 2 * i);
    }
    assertArrayEquals(new double[] {3, 2}, equations.solve().orElseThrow(), 1e-10);
  }
}
