package org.warrantlab.exercise;

import java.util.Locale;
import java.util.function.LongFunction;
import org.warrantlab.result.Estimate;

/**
 * Estimates of one value over many seeds: the spread of the values beside the root mean square of the
 * standard errors the runs report, which should agree when the reported error is honest.
 *
 * @param spread the sample standard deviation of the values
 * @param reported the root mean square of the reported standard errors
 * @param runs each run's value and error, one a line
 */
public record SeedSpread(double spread, double reported, String runs) {

  /** Runs {@code value} on {@code seeds} seeds, 1000, 1037, 1074, … */
  public static SeedSpread over(int seeds, LongFunction<Estimate> value) {
    double[] values = new double[seeds];
    double squaredErrors = 0;
    StringBuilder runs = new StringBuilder();
    for (int s = 0; s < seeds; s++) {
      Estimate estimate = value.apply(1000 + 37L * s);
      values[s] = estimate.value();
      squaredErrors += estimate.standardError() * estimate.standardError();
      runs.append(String.format(Locale.US, "%.4f ± %.4f%n", estimate.value(), estimate.standardError()));
    }
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= seeds;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return new SeedSpread(Math.sqrt(squares / (seeds - 1)), Math.sqrt(squaredErrors / seeds), runs.toString());
  }

  /** How far the reported error is from the spread, as a share of the spread. */
  public double mismatch() {
    return Math.abs(reported / spread - 1);
  }

  @Override
  public String toString() {
    return String.format(Locale.US, "reported %.5f, spread %.5f (ratio %.3f)%n%s", reported, spread,
        reported / spread, runs);
  }
}
