package org.warrantlab.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class ShiftedSobolNormalsTest {

  @Test
  void withoutAShiftThePointsAreCommonsMathsSobolPointsAtTheMiddleOfTheirCells() {
    int dimension = 5;
    ShiftedSobolNormals normals = new ShiftedSobolNormals(dimension);
    normals.start(0, new long[dimension]);
    SobolSequenceGenerator sobol = new SobolSequenceGenerator(dimension);
    double[] point = new double[dimension];
    for (int i = 0; i < 100; i++) {
      normals.next(point);
      double[] expected = sobol.nextVector();
      for (int d = 0; d < dimension; d++) {
        assertEquals(InverseNormal.quantile(expected[d] + 0x1p-53), point[d], 0.0);
      }
    }
  }

  @Test
  void startingAtAnIndexGivesTheSamePointsAsStepping() {
    int dimension = 7;
    long[] shift = ShiftedSobolNormals.randomShift(BlockRandom.forBlock(3, 0), dimension);
    ShiftedSobolNormals stepped = new ShiftedSobolNormals(dimension);
    stepped.start(0, shift);
    double[] point = new double[dimension];
    for (int i = 0; i < 4096 + 17; i++) {
      stepped.next(point);
    }
    ShiftedSobolNormals jumped = new ShiftedSobolNormals(dimension);
    jumped.start(4096 + 17, shift);
    double[] next = new double[dimension];
    stepped.next(point);
    jumped.next(next);
    assertArrayEquals(point, next, 0.0);
  }

  @Test
  void aShiftedNetPutsOnePointInEachCellOfEachCoordinate() {
    // The first 2^k points of a Sobol sequence, digitally shifted, still have exactly one point in each
    // interval [j / 2^k, (j + 1) / 2^k) of every coordinate: a stratified sample of each marginal. (Mapping
    // a point back through Φ could move it across an edge only if it lay within about 1e-16 of one, which
    // happens to a coordinate with probability 2^-41.)
    NormalDistribution normal = new NormalDistribution(null, 0, 1);
    int dimension = 20;
    int points = 1 << 10;
    ShiftedSobolNormals normals = new ShiftedSobolNormals(dimension);
    normals.start(0, ShiftedSobolNormals.randomShift(BlockRandom.forBlock(9, 0), dimension));
    boolean[][] seen = new boolean[dimension][points];
    double[] point = new double[dimension];
    for (int i = 0; i < points; i++) {
      normals.next(point);
      for (int d = 0; d < dimension; d++) {
        double u = normal.cumulativeProbability(point[d]);
        int cell = (int) Math.floor(u * points);
        assertTrue(!seen[d][cell], "two points in cell " + cell + " of coordinate " + d);
        seen[d][cell] = true;
      }
    }
  }

  @Test
  void differentShiftsGiveDifferentPoints() {
    ShiftedSobolNormals normals = new ShiftedSobolNormals(3);
    double[] a = new double[3];
    double[] b = new double[3];
    normals.start(5, ShiftedSobolNormals.randomShift(ReplicateRandom.forShift(1, 0), 3));
    normals.next(a);
    normals.start(5, ShiftedSobolNormals.randomShift(ReplicateRandom.forShift(1, 1), 3));
    normals.next(b);
    assertNotEquals(a[0], b[0]);
  }

  @Test
  void dimensionsMustBeWithinTheDirectionNumbers() {
    assertThrows(IllegalArgumentException.class, () -> new ShiftedSobolNormals(-1));
    int limit = ShiftedSobolNormals.MAX_DIMENSION;
    assertThrows(IllegalArgumentException.class, () -> new ShiftedSobolNormals(limit + 1));
    assertEquals(limit, new ShiftedSobolNormals(limit).dimension());
  }

  @Test
  void aPointSetWithoutCoordinatesOnlyCounts() {
    ShiftedSobolNormals none = new ShiftedSobolNormals(0);
    none.start(3, ShiftedSobolNormals.randomShift(ReplicateRandom.forShift(1, 0), 0));
    double[] into = new double[0];
    none.next(into);
    none.next(into);
    assertEquals(0, none.dimension());
  }
}
