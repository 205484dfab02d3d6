package org.warrantlab.math;

/**
 * The transcendental functions valuation-core uses, with results that are the same bits on every JVM
 * and CPU. {@link Math#exp} and {@link Math#log} may be replaced by CPU-specific intrinsics that differ in
 * the last bit between machines; {@link StrictMath} is specified to return the fdlibm result everywhere,
 * so an auditor who re-runs a valuation on another machine gets the same figures.
 */
public final class PortableMath {

  private PortableMath() {
  }

  /** e raised to {@code x}. */
  public static double exp(double x) {
    return StrictMath.exp(x);
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
