package org.warrantlab.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.warrantlab.exercise.EarlyExerciseSettings;
import org.warrantlab.exercise.RegressionBasis;
import org.warrantlab.exercise.RegressionSolver;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.MonteCarloWarrantPricer;

/**
 * Longstaff–Schwartz: the five-year full-ratchet warrant made American on a share paying a 3% yield, so
 * that early exercise can pay, tested monthly (60 dates) with no financings. One valuation runs eight
 * batches (one thread), each fitting its policy on its share of the calibration paths and walking its share
 * of the pricing paths, without the duality bound; the second score counts the exercise dates of both kinds
 * of path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EarlyExerciseBenchmark {

  private static final int DATES_PER_YEAR = 12;

  @Param({"16384", "65536"})
  public int calibrationPaths;

  @Param({"65536"})
  public long paths;

  @Param({"1"})
  public int threads;

  private MarketData market;
  private List<ResolvedWarrant> book;
  private SimulationSettings settings;

  @Setup
  public void setUp() {
    market = BenchmarkBooks.market(0.03);
    book = BenchmarkBooks.reset(market, ExerciseStyle.AMERICAN);
    settings = new SimulationSettings(paths, BenchmarkBooks.SEED, true, true, threads,
        new EarlyExerciseSettings(DATES_PER_YEAR, calibrationPaths, RegressionBasis.LAGUERRE, 3,
            RegressionSolver.CHOLESKY)
            .withDuality(0, EarlyExerciseSettings.DEFAULT_DUALITY_CONTINUATIONS));
  }

  @Benchmark
  public BookValuation americanWarrant(PathSteps counter) {
    BookValuation valuation = MonteCarloWarrantPricer.DEFAULT.value(book, market, settings);
    counter.add(valuation.simulatedPaths() + calibrationPaths, 5L * DATES_PER_YEAR);
    return valuation;
  }
}
