package org.warrantlab.random;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Standard normals from a digitally shifted Sobol sequence: point {@code i} of commons-math3's
 * {@link SobolSequenceGenerator} (Joe–Kuo direction numbers, Gray-code order, 52-bit coordinates), each
 * coordinate's 52 bits XOR-ed with the shift's, taken as the midpoint {@code (k + 1/2) / 2^52} of its cell
 * (never 0 or 1) and mapped through {@link InverseNormal}. With a shift drawn uniformly, every point is
 * uniform on the cube (to 2^-53) and the shifted set is still a digital net, so the mean of a function over
 * it is an unbiased estimate of the integral; independent shifts give independent replicates.
 *
 * <p>Not thread-safe: one instance per thread. Apart from commons-math3's {@code nextVector}, which
 * returns a new array per point, nothing is allocated per point.
 */
public final class ShiftedSobolNormals {

  /** The most dimensions commons-math3's bundled direction numbers support. */
  public static final int MAX_DIMENSION = 1000;

  /** Bits of a Sobol coordinate in commons-math3. */
  static final int BITS = 52;

  private static final double SCALE = 0x1p52;
  private static final double UNIT = 0x1p-52;
  private static final long MASK = (1L << BITS) - 1;

  private final int dimension;
  private final SobolSequenceGenerator sobol;
  private long[] shift;
  private double[] pending;

  /** A generator of {@code dimension} normals per point, 1 to {@link #MAX_DIMENSION}. */
  public ShiftedSobolNormals(int dimension) {
    if (dimension < 1 || dimension > MAX_DIMENSION) {
      throw new IllegalArgumentException("a Sobol dimension must be between 1 and " + MAX_DIMENSION
          + " but was " + dimension);
    }
    this.dimension = dimension;
    this.sobol = new SobolSequenceGenerator(dimension);
  }

  /** A digital shift: {@code dimension} uniform 52-bit words drawn from {@code random}. */
  public static long[] randomShift(RandomGenerator random, int dimension) {
    long[] shift = new long[dimension];
    for (int d = 0; d < dimension; d++) {
      shift[d] = random.nextLong() & MASK;
    }
    return shift;
  }

  public int dimension() {
    return dimension;
  }

  /** Positions the sequence so that the next point is point {@code index}, shifted by {@code newShift}. */
  public void start(int index, long[] newShift) {
    if (newShift.length != dimension) {
      throw new IllegalArgumentException("a shift of " + newShift.length + " words for " + dimension + " dimensions");
    }
    this.shift = newShift;
    this.pending = sobol.skipTo(index);
  }

  /** Writes the next point's {@link #dimension()} normals into {@code into}, from index 0. */
  public void next(double[] into) {
    double[] point = pending != null ? pending : sobol.nextVector();
    pending = null;
    for (int d = 0; d < dimension; d++) {
      long bits = (long) (point[d] * SCALE) ^ shift[d];
      into[d] = InverseNormal.quantile((bits + 0.5) * UNIT);
    }
  }
}
