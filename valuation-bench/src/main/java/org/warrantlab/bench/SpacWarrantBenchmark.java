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
import org.warrantlab.event.CorporateEvents;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.MakeWholeTable;
import org.warrantlab.instrument.NoAntiDilution;
import org.warrantlab.instrument.Redemption;
import org.warrantlab.instrument.RedemptionSettlement;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.MonteCarloWarrantPricer;
import org.warrantlab.simulation.ResolvedBook;

/**
 * A five-year public SPAC warrant on the standard terms: the $18.00 cash and the $10.00 make-whole
 * redemption, each trigger watched on every trading day (20 of 30 closes, 3 days' lag, 30 days' notice).
 * Without antithetic pairs, so that each path-step draws its own normal as in the baseline; compare its
 * path-steps per second with the baseline's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SpacWarrantBenchmark {

  private static final LocalDate VALUATION = LocalDate.of(2027, 6, 30);

  @Param({"16384"})
  public long paths;

  @Param({"1"})
  public int threads;

  private MarketData market;
  private List<ResolvedWarrant> book;
  private SimulationSettings settings;
  private long steps;

  @Setup
  public void setUp() {
    market = new MarketData(VALUATION, 8.40, 0.45, RiskFreeRate.continuous(0.04), 0, 21_000_000);
    MakeWholeTable table = new MakeWholeTable(new double[] {10, 18}, new double[] {0, 60},
        new double[][] {{0.0, 0.261}, {0.361, 0.361}}, 0.361);
    LocalDate from = VALUATION.plusDays(1);
    Warrant warrant = new Warrant("public", 11_500_000, 1.0, 11.5, VALUATION.minusYears(1), VALUATION.plusYears(5),
        ExerciseStyle.EUROPEAN, Dilution.NONE, NoAntiDilution.INSTANCE, List.of(), List.of(), List.of(
            new Redemption(18.0, 20, 30, 3, 30, 0.01, from, RedemptionSettlement.CASH),
            new Redemption(10.0, 20, 30, 3, 30, 0.10, from, new RedemptionSettlement.MakeWhole(table, 10))));
    book = List.of(ResolvedWarrant.resolve(warrant, market));
    settings = new SimulationSettings(paths, BenchmarkBooks.SEED, false, true, threads);
    steps = ResolvedBook.of(book, List.of(), CorporateEvents.NONE, market, 12).steps();
  }

  @Benchmark
  public BookValuation dailyTriggers(PathSteps counter) {
    BookValuation valuation = MonteCarloWarrantPricer.DEFAULT.value(book, List.of(), market, settings);
    counter.add(valuation.simulatedPaths(), steps);
    return valuation;
  }
}
