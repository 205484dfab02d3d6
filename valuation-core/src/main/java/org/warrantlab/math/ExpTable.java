package org.warrantlab.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The powers 2^(j/N), j = 0 … N−1, that {@link PortableMath#exp} scales by, each as a double {@code hi} (the
 * nearest double) and a relative tail, {@code 2^(j/N) = hi · (1 + tail)} to about 2^−106. Computed once in
 * {@link BigDecimal}, whose arithmetic is exact decimal and so the same on every machine.
 */
final class ExpTable {

  /** log2 of the number of entries. */
  static final int BITS = 7;
  /** The number of entries, N. */
  static final int SIZE = 1 << BITS;

  /**
   * The bits of {@code hi} for entry j, less {@code j << (52 − BITS)}: adding {@code k << (52 − BITS)} for
   * k = m·N + j then gives the bits of {@code hi · 2^m} (the exponent field takes m).
   */
  static final long[] SCALE_BITS = new long[SIZE];
  /** {@code (2^(j/N) − hi) / hi}. */
  static final double[] TAIL = new double[SIZE];

  static {
    MathContext precision = new MathContext(50);
    BigDecimal root = BigDecimal.valueOf(2);
    for (int i = 0; i < BITS; i++) {
      root = root.sqrt(precision);
    }
    BigDecimal power = BigDecimal.ONE;
    for (int j = 0; j < SIZE; j++) {
      double hi = power.doubleValue();
      BigDecimal exactHi = new BigDecimal(hi);
      TAIL[j] = power.subtract(exactHi).divide(exactHi, precision).doubleValue();
      SCALE_BITS[j] = Double.doubleToRawLongBits(hi) - ((long) j << (52 - BITS));
      power = power.multiply(root, precision);
    }
  }

  private ExpTable() {
  }
}
