package org.warrantlab.math;

/**
 * The transcendental functions valuation-core uses, with results that are the same bits on every JVM
 * and CPU. {@link Math#exp} and {@link Math#log} may be replaced by CPU-specific intrinsics that differ in
 * the last bit between machines, so an auditor who re-ran a valuation elsewhere could get other figures. The
 * exponential, taken in the simulation's hot loops, is computed here in plain double arithmetic; the logarithm
 * and power go to {@link StrictMath}, specified to return the fdlibm result everywhere.
 */
public final class Transcendentals {

  /** The largest x whose e^x is finite. */
  private static final double OVERFLOW_THRESHOLD = 0x1.62e42fefa39efp9;
  /** The smallest x whose e^x rounds to a non-zero double. */
  private static final double UNDERFLOW_THRESHOLD = -0x1.74910d52d3051p9;
  private static final double N_OVER_LN2 = ExpTable.SIZE * 0x1.71547652b82fep0;
  /** Adding 1.5·2^52 rounds to an integer k, left in two's complement in the low bits of the sum. */
  private static final double ROUNDING_SHIFT = 0x1.8p52;
  /** ln2/N split in two: the high part has 32 significant bits, so k times it is exact for |k| < 2^21. */
  private static final double LN2_OVER_N_HI = 0x1.62e42feep-1 / ExpTable.SIZE;
  private static final double LN2_OVER_N_LO = 0x1.a39ef35793c76p-33 / ExpTable.SIZE;

  private Transcendentals() {
  }

  /**
   * e raised to {@code x}, within 0.52 ulp of the exact value (so at most 1 ulp from {@link StrictMath#exp}),
   * in pure Java arithmetic: faster than {@link StrictMath#exp} in the simulation's hot loops, and the same bits
   * everywhere, since Java evaluates +, −, × and ÷ in strict IEEE double and never fuses them.
   *
   * <p>Tang's method: x = k·ln2/N + r with k = round(x·N/ln2), N = 128 and |r| ≤ ln2/2N, so e^x = 2^(k/N)·e^r.
   * The product k·(ln2/N)<sub>hi</sub> is exact (the high part has 32 significant bits), so r carries no
   * cancellation error; 2^(j/N) for j = k mod N comes from {@link ExpTable} as a double and a tail, 2^⌊k/N⌋ goes
   * into the exponent bits, and e^r − 1 is its Taylor polynomial of degree 5 (truncation below 2^−60). The
   * rounding of the final addition, 0.5 ulp, is nearly all the error. For |x| ≥ 512 the result is scaled in
   * two steps, so that a subnormal one is rounded once, not twice.
   */
  public static double exp(double x) {
    if (!(x >= UNDERFLOW_THRESHOLD && x <= OVERFLOW_THRESHOLD)) {
      return x > 0 ? Double.POSITIVE_INFINITY : x < 0 ? 0.0 : x;
    }
    double shifted = x * N_OVER_LN2 + ROUNDING_SHIFT;
    long kBits = Double.doubleToRawLongBits(shifted);
    double k = shifted - ROUNDING_SHIFT;
    double r = (x - k * LN2_OVER_N_HI) - k * LN2_OVER_N_LO;
    int j = (int) kBits & (ExpTable.SIZE - 1);
    long scaleBits = ExpTable.SCALE_BITS[j] + (kBits << (52 - ExpTable.BITS));
    double r2 = r * r;
    double expRMinusOne = r + r2 * (1.0 / 2 + r * (1.0 / 6)) + r2 * r2 * (1.0 / 24 + r * (1.0 / 120));
    double fraction = ExpTable.TAIL[j] + expRMinusOne;
    if (Math.abs(x) < 512) {
      double scale = Double.longBitsToDouble(scaleBits);
      return scale + scale * fraction;
    }
    return x > 0 ? largeExp(scaleBits, fraction) : smallExp(scaleBits, fraction);
  }

  /** e^x for 512 ≤ x ≤ 709.78…: 2^−1009·e^x is computed as usual, then scaled exactly (or to +∞). */
  private static double largeExp(long scaleBits, double fraction) {
    double scale = Double.longBitsToDouble(scaleBits - (1009L << 52));
    return (scale + scale * fraction) * 0x1p1009;
  }

  /**
   * e^x for −745.13… ≤ x ≤ −512: y = 2^1022·e^x is computed as usual; if 2^−1022·y is subnormal, y is first
   * rounded to the subnormal's precision (that of 1 + y), so the exact scaling does not round a second time.
   */
  private static double smallExp(long scaleBits, double fraction) {
    double scale = Double.longBitsToDouble(scaleBits + (1022L << 52));
    double y = scale + scale * fraction;
    if (y < 1) {
      double error = (scale - y) + scale * fraction;
      double onePlusY = 1 + y;
      y = (onePlusY + ((1 - onePlusY) + y + error)) - 1;
    }
    return y * 0x1p-1022;
  }

  /** The natural logarithm of {@code x}. */
  public static double log(double x) {
    return StrictMath.log(x);
  }

  /** The natural logarithm of {@code 1 + x}, accurate for small {@code x}. */
  public static double log1p(double x) {
    return StrictMath.log1p(x);
  }

  /** {@code base} raised to {@code exponent}. */
  public static double pow(double base, double exponent) {
    return StrictMath.pow(base, exponent);
  }
}
