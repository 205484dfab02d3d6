package org.warrantlab.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.warrantlab.montecarlo.SamplingMethod;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.result.Estimate;

/**
 * Efficiency of randomised Sobol against pseudo-random paths: runs {@link QuasiRandomBenchmark} (one fork,
 * 2 warm-up and 3 measured iterations of a second: short, for a shared machine), then values each case on
 * the same settings with {@value #SEEDS} seeds and takes the root mean square of their standard errors
 * (one standard error is itself noisy: from 16 randomisations it varies by about 18%). Prints, per
 * payoff and method, the time per valuation, the standard error per warrant and variance × time, and the
 * efficiency gain (variance × time)_PSEUDO / (variance × time)_SOBOL: how many times less computing the
 * Sobol paths need for the same standard error.
 *
 * <p>{@code java -cp valuation-bench/target/benchmarks.jar org.warrantlab.bench.QuasiRandomEfficiency}
 */
public final class QuasiRandomEfficiency {

  static final int SEEDS = 8;

  private QuasiRandomEfficiency() {
  }

  public static void main(String[] args) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(QuasiRandomBenchmark.class.getSimpleName())
        .forks(1)
        .warmupIterations(2)
        .measurementIterations(3)
        .warmupTime(TimeValue.seconds(1))
        .measurementTime(TimeValue.seconds(1))
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, double[]> timeAndError = new LinkedHashMap<>();
    for (RunResult result : results) {
      var params = result.getParams();
      String key = params.getParam("payoff") + " " + params.getParam("method");
      timeAndError.put(key, new double[] {result.getPrimaryResult().getScore(),
          result.getPrimaryResult().getScoreError(), Long.parseLong(params.getParam("paths")),
          Integer.parseInt(params.getParam("threads"))});
    }
    System.out.println();
    System.out.println("payoff method   ms/valuation  std error (RMS of " + SEEDS + " seeds)  SE² × seconds"
        + "  efficiency gain");
    for (String payoff : new String[] {"plain", "reset"}) {
      double[] variancesTimesSeconds = new double[2];
      for (SamplingMethod method : SamplingMethod.values()) {
        double[] measured = timeAndError.get(payoff + " " + method);
        if (measured == null) {
          continue;
        }
        double standardError = rmsStandardError(payoff, method, (long) measured[2], (int) measured[3]);
        double varianceTimesSeconds = standardError * standardError * measured[0] / 1000;
        variancesTimesSeconds[method.ordinal()] = varianceTimesSeconds;
        System.out.printf(Locale.US, "%-6s %-6s %8.1f ± %5.1f  %27.3e  %13.3e%s%n", payoff, method, measured[0],
            measured[1], standardError, varianceTimesSeconds,
            method == SamplingMethod.SOBOL && variancesTimesSeconds[0] > 0
                ? String.format(Locale.US, "  %.3g", variancesTimesSeconds[0] / varianceTimesSeconds) : "");
      }
    }
  }

  /** Root mean square over {@link #SEEDS} seeds of the standard error per warrant of one setting. */
  static double rmsStandardError(String payoff, SamplingMethod method, long paths, int threads) {
    QuasiRandomCases cases = QuasiRandomCases.of(payoff);
    double sum = 0;
    for (int k = 0; k < SEEDS; k++) {
      SimulationSettings settings = cases.settings(method, paths, QuasiRandomBenchmark.SEED + k, threads);
      Estimate perWarrant = cases.value(settings).tranches().get(0).perWarrant();
      sum += perWarrant.standardError() * perWarrant.standardError();
    }
    return Math.sqrt(sum / SEEDS);
  }
}
