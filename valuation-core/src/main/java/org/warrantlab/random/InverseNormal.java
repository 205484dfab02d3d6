package org.warrantlab.random;

import org.warrantlab.math.Transcendentals;
/**
 * The standard normal quantile function Φ⁻¹(p), by Wichura's algorithm AS 241 (PPND16, Applied
 * Statistics 37, 1988): a rational approximation of degree 7 for |p − 0.5| ≤ 0.425, and two more in
 * r = √(−ln min(p, 1 − p)) for the tails, accurate to about 1e-16 relative. No allocation, no state.
 */
public final class InverseNormal {

  private static final double SPLIT_CENTRAL = 0.425;
  private static final double SPLIT_TAIL = 5.0;
  private static final double CENTRAL_OFFSET = 0.180625;
  private static final double NEAR_OFFSET = 1.6;

  private InverseNormal() {
  }

  /**
   * Φ⁻¹(p) for 0 &lt; p &lt; 1; −∞ at 0, +∞ at 1, NaN outside [0, 1]. For p ≥ 0.5 the complement 1 − p
   * is exact in double precision (Sterbenz), so the upper tail is as accurate as the lower.
   */
  public static double quantile(double p) {
    double q = p - 0.5;
    if (Math.abs(q) <= SPLIT_CENTRAL) {
      double r = CENTRAL_OFFSET - q * q;
      return q * central(r);
    }
    if (!(p >= 0 && p <= 1)) {
      return Double.NaN;
    }
    double tail = q < 0 ? p : 1 - p;
    if (tail == 0) {
      return q < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    double r = Math.sqrt(-Transcendentals.log(tail));
    double x = r <= SPLIT_TAIL ? near(r - NEAR_OFFSET) : far(r - SPLIT_TAIL);
    return q < 0 ? -x : x;
  }

  private static double central(double r) {
    double numerator = ((((((2.5090809287301226727e3 * r + 3.3430575583588128105e4) * r
        + 6.7265770927008700853e4) * r + 4.5921953931549871457e4) * r + 1.3731693765509461125e4) * r
        + 1.9715909503065514427e3) * r + 1.3314166789178437745e2) * r + 3.3871328727963666080e0;
    double denominator = ((((((5.2264952788528545610e3 * r + 2.8729085735721942674e4) * r
        + 3.9307895800092710610e4) * r + 2.1213794301586595867e4) * r + 5.3941960214247511077e3) * r
        + 6.8718700749205790830e2) * r + 4.2313330701600911252e1) * r + 1.0;
    return numerator / denominator;
  }

  private static double near(double r) {
    double numerator = ((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r
        + 2.41780725177450611770e-1) * r + 1.27045825245236838258e0) * r + 3.64784832476320460504e0) * r
        + 5.76949722146069140550e0) * r + 4.63033784615654529590e0) * r + 1.42343711074968357734e0;
    double denominator = ((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r
        + 1.51986665636164571966e-2) * r + 1.48103976427480074590e-1) * r + 6.89767334985100004550e-1) * r
        + 1.67638483018380384940e0) * r + 2.05319162663775882187e0) * r + 1.0;
    return numerator / denominator;
  }

  private static double far(double r) {
    double numerator = ((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r
        + 1.24266094738807843860e-3) * r + 2.65321895265761230930e-2) * r + 2.96560571828504891230e-1) * r
        + 1.78482653991729133580e0) * r + 5.46378491116411436990e0) * r + 6.65790464350110377720e0;
    double denominator = ((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r
        + 1.84631831751005468180e-5) * r + 7.86869131145613259100e-4) * r + 1.48753612908506148525e-2) * r
        + 1.36929880922735805310e-1) * r + 5.99832206555887937690e-1) * r + 1.0;
    return numerator / denominator;
  }
}
