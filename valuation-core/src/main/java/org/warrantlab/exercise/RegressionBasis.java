package org.warrantlab.exercise;

import org.warrantlab.math.Transcendentals;
/**
 * Functions of the regression variable (the exercise value in regression units) on which
 * Longstaff–Schwartz regresses continuation values, beside the European value of holding. A basis of
 * degree {@code d} has {@code d + 1} functions: the constant and {@code d} more.
 */
public enum RegressionBasis {

  /** The monomials 1, x, x², …, x^d. */
  POLYNOMIAL {
    @Override
    void evaluate(double x, double[] into) {
      double power = 1;
      for (int i = 0; i < into.length; i++) {
        into[i] = power;
        power *= x;
      }
    }

    @Override
    double combine(double x, double[] coefficients, int functions) {
      double sum = 0;
      for (int i = functions - 1; i >= 0; i--) {
        sum = sum * x + coefficients[i];
      }
      return sum;
    }
  },

  /**
   * The constant and the weighted Laguerre polynomials {@code exp(-x/2) L_n(x)}, n = 0 … d-1, as in
   * Longstaff and Schwartz (2001); {@code L_n} by its three-term recurrence.
   */
  LAGUERRE {
    @Override
    void evaluate(double x, double[] into) {
      into[0] = 1;
      double weight = Transcendentals.exp(-0.5 * x);
      double previous = 0;
      double current = 1;
      for (int n = 0; n + 1 < into.length; n++) {
        into[n + 1] = weight * current;
        double next = ((2 * n + 1 - x) * current - n * previous) / (n + 1);
        previous = current;
        current = next;
      }
    }

    @Override
    double combine(double x, double[] coefficients, int functions) {
      double weight = Transcendentals.exp(-0.5 * x);
      double sum = coefficients[0];
      double previous = 0;
      double current = 1;
      for (int n = 0; n + 1 < functions; n++) {
        sum += coefficients[n + 1] * weight * current;
        double next = ((2 * n + 1 - x) * current - n * previous) / (n + 1);
        previous = current;
        current = next;
      }
      return sum;
    }
  };

  /** Writes the {@code into.length} basis functions at {@code x} into {@code into}. */
  abstract void evaluate(double x, double[] into);

  /** The combination of the first {@code functions} basis functions at {@code x} with the first coefficients. */
  abstract double combine(double x, double[] coefficients, int functions);
}
