package org.warrantlab.random;

import java.util.Arrays;
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
 * <p>The generator's direction numbers are read back once from its points (the point at index 2^(k-1) is
 * the XOR of direction numbers k - 1 and k), so that stepping from point to point is commons-math3's
 * Gray-code recurrence on a {@code long} per coordinate, without the array {@code nextVector} allocates
 * per point and without a round trip through {@code double}. Not thread-safe: one instance per thread.
 */
public final class ShiftedSobolNormals {

  /** The most dimensions commons-math3's bundled direction numbers support. */
  public static final int MAX_DIMENSION = 1000;

  /** Bits of a Sobol coordinate in commons-math3. */
  static final int BITS = 52;

  /** Direction numbers per coordinate: enough for indices below 2^31. */
  private static final int DIRECTIONS = 31;

  private static final double SCALE = 0x1p52;
  private static final double UNIT = 0x1p-52;
  private static final long MASK = (1L << BITS) - 1;

  private final int dimension;
  /** direction[k][d]: direction number k (from 1) of coordinate d, as 52-bit words. */
  private final long[][] direction;
  private final long[] state;
  private long[] shift;
  private long index;

  /**
   * A generator of {@code dimension} normals per point, 0 to {@link #MAX_DIMENSION}; with none, the points
   * of a path that needs no normals, which only count.
   */
  public ShiftedSobolNormals(int dimension) {
    if (dimension < 0 || dimension > MAX_DIMENSION) {
      throw new IllegalArgumentException("a Sobol dimension must be between 0 and " + MAX_DIMENSION
          + " but was " + dimension);
    }
    this.dimension = dimension;
    this.direction = dimension == 0 ? new long[DIRECTIONS + 1][0]
        : directionNumbers(new SobolSequenceGenerator(dimension), dimension);
    this.state = new long[dimension];
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
  public void start(int newIndex, long[] newShift) {
    if (newShift.length != dimension) {
      throw new IllegalArgumentException("a shift of " + newShift.length + " words for " + dimension + " dimensions");
    }
    if (newIndex < 0) {
      throw new IllegalArgumentException("a Sobol index must be non-negative but was " + newIndex);
    }
    this.shift = newShift;
    this.index = newIndex;
    Arrays.fill(state, 0);
    long gray = newIndex ^ (newIndex >>> 1);
    for (int k = 1; gray != 0; k++, gray >>>= 1) {
      if ((gray & 1) != 0) {
        long[] numbers = direction[k];
        for (int d = 0; d < dimension; d++) {
          state[d] ^= numbers[d];
        }
      }
    }
  }

  /** Writes the next point's {@link #dimension()} normals into {@code into}, from index 0. */
  public void next(double[] into) {
    for (int d = 0; d < dimension; d++) {
      into[d] = InverseNormal.quantile(((state[d] ^ shift[d]) + 0.5) * UNIT);
    }
    index++;
    if (index >= 1L << DIRECTIONS) {
      throw new IllegalStateException("past the last Sobol point this generator can step to");
    }
    long[] numbers = direction[Long.numberOfTrailingZeros(index) + 1];
    for (int d = 0; d < dimension; d++) {
      state[d] ^= numbers[d];
    }
  }

  /**
   * Reads the direction numbers back from the generator: with g the Gray code, point 2^(k-1) is
   * v_k XOR v_(k-1), so v_k = point(2^(k-1)) XOR v_(k-1), v_0 = 0.
   */
  private static long[][] directionNumbers(SobolSequenceGenerator sobol, int dimension) {
    long[][] numbers = new long[DIRECTIONS + 1][dimension];
    for (int k = 1; k <= DIRECTIONS; k++) {
      double[] point = sobol.skipTo(1 << (k - 1));
      for (int d = 0; d < dimension; d++) {
        numbers[k][d] = (long) (point[d] * SCALE) ^ numbers[k - 1][d];
      }
    }
    return numbers;
  }
}
