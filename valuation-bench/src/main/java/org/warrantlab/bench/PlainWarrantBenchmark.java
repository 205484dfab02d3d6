package org.warrantlab.bench;

import java.time.LocalDate;
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
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.MonteCarloWarrantPricer;
import org.warrantlab.pricer.SimulationSettings;

/**
 * A plain European warrant valued by the engine (one normal and one exp per path), on one thread or
 * two. Time per valuation; divide {@code paths} by it for paths per second and compare with the
 * baseline's path-steps per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PlainWarrantBenchmark {

  @Param({"1000000"})
  public long paths;

  @Param({"1", "2"})
  public int threads;

  private MarketData market;
  private List<ResolvedWarrant> book;
  private SimulationSettings settings;

  @Setup
  public void setUp() {
    LocalDate valuation = LocalDate.of(2009, 9, 30);
    market = new MarketData(valuation, 1.32, 0.8, RiskFreeRate.continuous(0.024), 0, 196_109_428);
    Warrant warrant = new Warrant("2008-09", 6_445_698, 1, 1.92, LocalDate.of(2008, 9, 23),
        LocalDate.of(2013, 9, 23), ExerciseStyle.EUROPEAN, Dilution.NONE);
    book = List.of(ResolvedWarrant.resolve(warrant, market));
    settings = new SimulationSettings(paths, 20091130, true, true, threads);
  }

  @Benchmark
  public BookValuation plainWarrant() {
    return MonteCarloWarrantPricer.DEFAULT.value(book, market, settings);
  }
}
