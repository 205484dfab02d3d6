package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warrantlab.accounting.MeasurementInputs;
import org.warrantlab.accounting.RollForwardPlan;
import org.warrantlab.cli.input.JsonFiles;
import org.warrantlab.cli.input.RollForwardInputReader;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.cli.input.ValuationInputReader;
import org.warrantlab.event.Financing;
import org.warrantlab.event.FinancingSize;
import org.warrantlab.event.FinancingTerms;
import org.warrantlab.event.FinancingWindow;
import org.warrantlab.event.PoissonFinancing;
import org.warrantlab.event.PriceRule;
import org.warrantlab.exercise.EarlyExerciseSettings;
import org.warrantlab.exercise.ExercisablePaths;
import org.warrantlab.exercise.ExerciseDecision;
import org.warrantlab.exercise.LongstaffSchwartz;
import org.warrantlab.instrument.AntiDilution;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.FullRatchet;
import org.warrantlab.instrument.ResetLimits;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.instrument.WeightedAverage;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.montecarlo.MonteCarloEngine;
import org.warrantlab.montecarlo.PathPayoff;
import org.warrantlab.montecarlo.Sampling;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.process.NormalLayout;
import org.warrantlab.simulation.EuropeanWarrantPayoff;
import org.warrantlab.simulation.ExercisedPayoff;
import org.warrantlab.simulation.MemoryEstimate;
import org.warrantlab.simulation.ResetWarrantPayoff;
import org.warrantlab.simulation.ResolvedBook;

/**
 * The memory bound the commands refuse requests by is at least what a valuation holds: on every example
 * input (read by the command line's readers) and on extremes of the sizes that drive it. What a valuation
 * holds is measured, not modelled: the live heap after full collections at the two moments it peaks (when
 * Longstaff–Schwartz has recorded every calibration path, and at the last pricing path, when every block's
 * statistics are kept), less the live heap before it started. The valuation runs as the pricer runs it,
 * on one thread, against the bound for one thread.
 */
class MemoryBoundTest {

  private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
  /** Pricing paths at most per example: the bound's statistics part is checked at scale by an extreme. */
  private static final long EXAMPLE_PATHS = 1 << 16;
  private static final LocalDate VALUATION = LocalDate.of(2009, 9, 30);

  /** A valuation to measure: a book, its financing assumptions, a market and settings. */
  record Case(String name, List<ResolvedWarrant> book, List<Financing> financings, MarketData market,
      SimulationSettings settings) {

    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void loadEveryClassAValuationUses() {
    for (Case c : List.of(dailyAmerican(1), monthlyFinancings(2), sobolDailyWindows(2))) {
      held(c);
    }
  }

  @ParameterizedTest
  @MethodSource({"examples", "extremes"})
  void theBoundCoversWhatAValuationHolds(Case c) {
    MemoryEstimate bound = MemoryEstimate.ofValuation(c.book().stream().map(ResolvedWarrant::warrant).toList(),
        c.financings(), c.market(), c.settings());
    long held = held(c);
    assertTrue(bound.bytes() >= held, () -> c + ": bound " + bound.bytes() + " bytes (" + bound.detail()
        + ") but the valuation held " + held);
  }

  static Stream<Case> examples() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        if (file.getFileName().toString().endsWith("-rollforward.json")) {
          cases.addAll(measurements(file));
        } else {
          ValuationInput input = ValuationInputReader.read(JsonFiles.read(file));
          cases.add(new Case(file.getFileName().toString(), input.book(), input.financings(), input.market(),
              oneThread(input.simulation())));
        }
      }
    }
    return cases.stream();
  }

  /** Each reporting date's book of a roll-forward, valued with the plan's settings. */
  private static List<Case> measurements(Path file) {
    RollForwardPlan plan = RollForwardInputReader.read(JsonFiles.read(file)).plan();
    List<MeasurementInputs> dates = new ArrayList<>(List.of(plan.opening()));
    plan.periods().forEach(period -> dates.add(period.closing()));
    List<Case> cases = new ArrayList<>();
    for (MeasurementInputs inputs : dates) {
      List<ResolvedWarrant> outstanding = plan.tranches().stream()
          .filter(w -> !w.issueDate().isAfter(inputs.date()) && !w.expiryDate().isBefore(inputs.date()))
          .map(w -> ResolvedWarrant.resolve(w, inputs.market())).toList();
      if (!outstanding.isEmpty()) {
        cases.add(new Case(file.getFileName() + " on " + inputs.date(), outstanding, inputs.financings(),
            inputs.market(), oneThread(plan.settings())));
      }
    }
    return cases;
  }

  private static SimulationSettings oneThread(SimulationSettings settings) {
    return settings.withThreads(1).withPaths(Math.min(settings.paths(), EXAMPLE_PATHS));
  }

  static Stream<Case> extremes() {
    return Stream.of(dailyAmerican(20), monthlyFinancings(10), poissonWindows(), sobolDailyWindows(4),
        windowAndExpiryIn99Years(), manyBlocks());
  }

  /** An American reset warrant on a share paying 5%, exercisable every day for {@code years} years. */
  private static Case dailyAmerican(int years) {
    MarketData market = market(0.05);
    Warrant warrant = new Warrant("daily", 1_000_000, 1.0, 1.5, VALUATION.minusYears(1), VALUATION.plusYears(years),
        ExerciseStyle.AMERICAN, Dilution.SHARE_COUNT, new FullRatchet(ResetLimits.NONE), List.of());
    SimulationSettings settings = new SimulationSettings(4096, 7, true, true, 1,
        new EarlyExerciseSettings(365, 1000, EarlyExerciseSettings.DEFAULT.basis(), 3,
            EarlyExerciseSettings.DEFAULT.solver()));
    return new Case("daily American for " + years + " years", List.of(ResolvedWarrant.resolve(warrant, market)),
        List.of(), market, settings);
  }

  /** Two reset tranches and a post-money financing window in every month for {@code years} years. */
  private static Case monthlyFinancings(int years) {
    MarketData market = market(0);
    List<Financing> windows = new ArrayList<>();
    for (int month = 1; month <= 12 * years; month++) {
      LocalDate start = VALUATION.plusMonths(month).withDayOfMonth(1);
      windows.add(new FinancingWindow(start, start.plusDays(20), 0.2, new FinancingTerms(
          FinancingSize.ofAmount(5_000_000), PriceRule.lesserOfCloseAndVwap(20), 0.1, true)));
    }
    return new Case(windows.size() + " monthly financings", List.of(
        reset("ratchet", VALUATION.plusYears(years), new FullRatchet(ResetLimits.NONE), market),
        reset("broad", VALUATION.plusYears(years).minusDays(200),
            new WeightedAverage(WeightedAverage.Basis.BROAD, ResetLimits.NONE), market)),
        windows, market, new SimulationSettings(8192, 11, true, true, 1));
  }

  /** Three Poisson financing windows each expecting about 150 financings: hundreds of normals a path. */
  private static Case poissonWindows() {
    MarketData market = market(0);
    List<Financing> poisson = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      poisson.add(new PoissonFinancing(VALUATION.plusYears(k + 1), VALUATION.plusYears(k + 2), 150,
          new FinancingTerms(FinancingSize.ofAmount(1_000_000), PriceRule.vwap(5), 0.05, false)));
    }
    return new Case("Poisson windows", List.of(reset("ratchet", VALUATION.plusYears(4),
        new FullRatchet(ResetLimits.NONE), market)), poisson, market, new SimulationSettings(4096, 13, true, true, 1));
  }

  /** Sobol points on a path of every trading day for {@code years} years: the Brownian bridge and its shifts. */
  private static Case sobolDailyWindows(int years) {
    MarketData market = market(0);
    Financing everyDay = new FinancingWindow(VALUATION.plusDays(1), VALUATION.plusYears(years), 0.9,
        new FinancingTerms(FinancingSize.ofAmount(5_000_000), PriceRule.vwap(10), 0.1, false));
    return new Case("Sobol, daily for " + years + " years", List.of(reset("ratchet", VALUATION.plusYears(years),
        new FullRatchet(ResetLimits.NONE), market)), List.of(everyDay), market,
        new SimulationSettings(4096, 17, false, true, 1).withSampling(Sampling.sobol(16)));
  }

  /** A financing window and an expiry 99 years out, the longest term valued: 25,800 trading days a path. */
  private static Case windowAndExpiryIn99Years() {
    MarketData market = market(0);
    LocalDate far = VALUATION.plusYears(99);
    Financing window = new FinancingWindow(VALUATION.plusDays(10), far, 0.5,
        new FinancingTerms(FinancingSize.ofAmount(1_000_000), PriceRule.lesserOfCloseAndVwap(10), 0.05, false));
    return new Case("window and expiry 99 years out", List.of(reset("far", far, new FullRatchet(ResetLimits.NONE),
        market)), List.of(window), market, new SimulationSettings(2, 19, true, true, 1));
  }

  /** A plain tranche on 2^25 paths: 4,096 blocks whose statistics the engine keeps until it merges them. */
  private static Case manyBlocks() {
    MarketData market = market(0);
    Warrant plain = new Warrant("plain", 1_000_000, 1.0, 1.5, VALUATION.minusYears(1), VALUATION.plusYears(3),
        ExerciseStyle.EUROPEAN, Dilution.NONE);
    return new Case("4,096 blocks", List.of(ResolvedWarrant.resolve(plain, market)), List.of(), market,
        new SimulationSettings(1L << 25, 23, true, true, 1));
  }

  private static MarketData market(double dividendYield) {
    return new MarketData(VALUATION, 1.32, 0.8, RiskFreeRate.continuous(0.024), dividendYield, 196_109_428);
  }

  private static ResolvedWarrant reset(String id, LocalDate expiry, AntiDilution clause,
      MarketData market) {
    return ResolvedWarrant.resolve(new Warrant(id, 5_000_000, 1.0, 1.92, VALUATION.minusYears(1), expiry,
        ExerciseStyle.EUROPEAN, Dilution.SHARE_COUNT, clause, List.of()), market);
  }

  /**
   * The most a valuation of {@code c} holds at once, above what was live before it: the valuation as
   * {@code MonteCarloWarrantPricer.value} runs it, probed after the calibration paths and at the last path.
   */
  private static long held(Case c) {
    long before = liveBytes();
    long[] peak = {before};
    Runnable probe = () -> peak[0] = Math.max(peak[0], liveBytes());
    ResolvedBook resolved = ResolvedBook.of(c.book(), c.financings(), c.market(),
        c.settings().earlyExercise().datesPerYear());
    PathPayoff payoff;
    if (resolved.earlyExercise()) {
      ResetWarrantPayoff paths = new ResetWarrantPayoff(resolved);
      payoff = new ExercisedPayoff(paths, new LongstaffSchwartz(c.settings().earlyExercise())
          .calibrateBatch(new ProbedAfterCalibration(paths, probe), c.settings().seed(), 0, c.settings().threads()));
    } else {
      payoff = resolved.pathDependent() ? new ResetWarrantPayoff(resolved) : new EuropeanWarrantPayoff(resolved);
    }
    double[] weights = new double[payoff.outputs()];
    Arrays.fill(weights, 0, c.book().size(), 1.0);
    MonteCarloEngine.DEFAULT.run(new ProbedAtLastPath(payoff, c.settings().simulatedPaths(), probe), weights,
        c.settings());
    return peak[0] - before;
  }

  /** Live heap: used heap after full collections, the least of three. */
  private static long liveBytes() {
    Runtime runtime = Runtime.getRuntime();
    long live = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      live = Math.min(live, runtime.totalMemory() - runtime.freeMemory());
    }
    return live;
  }

  /** Paths that probe the heap when Longstaff–Schwartz first reads a regression unit: every path recorded. */
  private static final class ProbedAfterCalibration implements ExercisablePaths {
    private final ExercisablePaths paths;
    private final Runnable probe;
    private boolean probed;

    ProbedAfterCalibration(ExercisablePaths paths, Runnable probe) {
      this.paths = paths;
      this.probe = probe;
    }

    @Override
    public double regressionUnit(int output, int date) {
      if (!probed) {
        probed = true;
        probe.run();
      }
      return paths.regressionUnit(output, date);
    }

    @Override
    public int dimension() {
      return paths.dimension();
    }

    @Override
    public int outputs() {
      return paths.outputs();
    }

    @Override
    public NormalLayout layout() {
      return paths.layout();
    }

    @Override
    public double[] exerciseTimes(int output) {
      return paths.exerciseTimes(output);
    }

    @Override
    public double immediateExerciseValue(int output) {
      return paths.immediateExerciseValue(output);
    }

    @Override
    public int normalsThrough(int output, int date) {
      return paths.normalsThrough(output, date);
    }

    @Override
    public Walker newWalker(ExerciseDecision decision) {
      return paths.newWalker(decision);
    }
  }

  /** A payoff that probes the heap before its last path: every earlier block's statistics kept. */
  private static final class ProbedAtLastPath implements PathPayoff {
    private final PathPayoff payoff;
    private final long paths;
    private final Runnable probe;
    private long evaluated;

    ProbedAtLastPath(PathPayoff payoff, long paths, Runnable probe) {
      this.payoff = payoff;
      this.paths = paths;
      this.probe = probe;
    }

    @Override
    public int dimension() {
      return payoff.dimension();
    }

    @Override
    public int outputs() {
      return payoff.outputs();
    }

    @Override
    public NormalLayout layout() {
      return payoff.layout();
    }

    @Override
    public double[] controlExpectations() {
      return payoff.controlExpectations();
    }

    @Override
    public PathEvaluator newEvaluator() {
      PathEvaluator evaluator = payoff.newEvaluator();
      return (normals, payoffs, controls) -> {
        if (++evaluated == paths) {
          probe.run();
        }
        evaluator.evaluate(normals, payoffs, controls);
      };
    }
  }
}
