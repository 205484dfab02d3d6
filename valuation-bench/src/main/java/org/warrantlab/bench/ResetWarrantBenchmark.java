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
import org.warrantlab.event.Financing;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.TradingCalendar;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.MonteCarloWarrantPricer;

/**
 * The five-year full-ratchet warrant with a financing window in every month
 * ({@link BenchmarkBooks#monthlyWindows}): the path visits every trading day, draws each window's
 * financing, reads the 10-day VWAP when one happens and resets the terms. Without antithetic pairs,
 * so that each path-step draws its own normal as in the baseline. With {@code terms=CURVE} the market has a
 * risk-free curve and a volatility term structure: the steps' drifts and deviations differ, their cost must not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ResetWarrantBenchmark {

  @Param({"16384"})
  public long paths;

  @Param({"1", "2"})
  public int threads;

  /** FLAT: one rate and one volatility; CURVE: the example's eight-point Treasury curve and three-point volatility curve. */
  @Param({"FLAT", "CURVE"})
  public String terms;

  private MarketData market;
  private List<ResolvedWarrant> book;
  private List<Financing> financings;
  private SimulationSettings settings;
  private long steps;

  @Setup
  public void setUp() {
    market = terms.equals("CURVE") ? BenchmarkBooks.termStructured(BenchmarkBooks.market(0))
        : BenchmarkBooks.market(0);
    book = BenchmarkBooks.reset(market, ExerciseStyle.EUROPEAN);
    financings = BenchmarkBooks.monthlyWindows();
    settings = new SimulationSettings(paths, BenchmarkBooks.SEED, false, true, threads);
    steps = TradingCalendar.tradingDays(BenchmarkBooks.VALUATION.plusDays(1),
        book.get(0).warrant().expiryDate()).size();
  }

  @Benchmark
  public BookValuation monthlyWindows(PathSteps counter) {
    BookValuation valuation = MonteCarloWarrantPricer.DEFAULT.value(book, financings, market, settings);
    counter.add(valuation.simulatedPaths(), steps);
    return valuation;
  }
}
