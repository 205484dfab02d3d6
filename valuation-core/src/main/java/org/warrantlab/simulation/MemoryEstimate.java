package org.warrantlab.simulation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.event.Financing;
import org.warrantlab.exercise.EarlyExerciseSettings;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.math.Transcendentals;
import org.warrantlab.montecarlo.MonteCarloEngine;
import org.warrantlab.montecarlo.NormalStreams;
import org.warrantlab.montecarlo.SimulationSettings;

/**
 * An upper bound on the memory a valuation holds at once, so that a request too large for the heap can
 * be refused with a reason before anything is simulated. It is computed from the sizes of the book as
 * resolved for the run ({@link ResolvedBook}: its grid steps, normals, exercise dates and financing days)
 * and of the run (blocks, outputs, threads, calibration paths):
 *
 * <ul>
 *   <li>{@link Part#PATH_STATISTICS}: the engine keeps the statistics of every block of
 *       {@link MonteCarloEngine#BLOCK_SIZE} samples until it merges them in block order, one set per
 *       output (a tranche, the book, an exercise statistic, a scenario's combination);
 *   <li>{@link Part#EARLY_EXERCISE}: Longstaff–Schwartz records two doubles per calibration path and
 *       exercise date before expiry (a row of calibration paths per date, counted as the heap region it
 *       may fill), the realised cash flow of every calibration path, and one date's regression;
 *   <li>{@link Part#SIMULATED_DATES}: the resolved book and its payoff (per step, per exercise date, per
 *       financing day) and each worker's path (its normals, closes and scratch).
 * </ul>
 *
 * @param bytes the bound, in bytes
 * @param largest the part that needs the most
 * @param detail what that part holds, in words, e.g. "65,536 calibration paths × 48 exercise dates"
 * @param simulatedDates the dates a path visits, which the time per path grows with
 */
public record MemoryEstimate(long bytes, Part largest, String detail, long simulatedDates) {

  /** What the memory is for, so that a refusal can say what to reduce. */
  public enum Part {
    /** The statistics of every block of paths: fewer paths. */
    PATH_STATISTICS,
    /** The calibration of the exercise policy: fewer calibration paths or exercise dates. */
    EARLY_EXERCISE,
    /** The dates each path visits: shorter terms or financing windows. */
    SIMULATED_DATES
  }

  /** The most blocks of {@link MonteCarloEngine#BLOCK_SIZE} samples a run can have. */
  public static final long MAX_BLOCKS = Integer.MAX_VALUE;

  /** Bytes of one block's statistics per output: a {@code SampleMoments} and its reference. */
  private static final double STATISTICS_BYTES = 72;
  private static final double BLOCK_OVERHEAD_BYTES = 40;
  /** Bytes of one block's {@code PathTally}, its array and its reference, besides 8 per tallied quantity. */
  private static final double TALLY_BYTES = 48;
  /** Per step, held by a resolved book and its payoff: day, trading-day index, time, drift and diffusion. */
  private static final double BOOK_BYTES_PER_STEP = 48;
  /** Per step, more for Sobol sampling: the Brownian bridge's indices and weights, and its construction. */
  private static final double BRIDGE_BYTES_PER_STEP = 112;
  /** Per exercise date before expiry: its step, time and discount, its place in the walk, its fitted policy. */
  private static final double BYTES_PER_EXERCISE_DATE = 200;
  /** Per financing day on the grid: its step. */
  private static final double BYTES_PER_FINANCING_DAY = 4;
  /** Per tranche, per resolved book: its constants, exercise, controls and results. */
  private static final double BYTES_PER_TRANCHE = 1024;
  /** What a resolved book and a run hold whatever their sizes. */
  private static final double FIXED_BYTES = 64 * 1024;
  /** Per step and worker: the path's log closes, moved closes and the path on which each was moved. */
  private static final double WORKER_BYTES_PER_STEP = 24;
  /** Per normal and worker: the normals of a path, twice with Sobol sampling (their order before the bridge). */
  private static final double WORKER_BYTES_PER_NORMAL = 16;
  /** Per worker, per output of the payoff: payoffs, controls, their mirrors and the terms of a tranche. */
  private static final double WORKER_BYTES_PER_OUTPUT = 96;
  /** Per Sobol coordinate and generator: its direction numbers, and those commons-math3 reads them from. */
  private static final double DIRECTION_BYTES_PER_COORDINATE = 32 * Long.BYTES + 53 * Long.BYTES;
  private static final double ARRAY_HEADER_BYTES = 16;
  private static final double HUMONGOUS_FROM_BYTES = 512 * 1024;
  /** The exercise statistics the engine adds per tranche valued by Longstaff–Schwartz. */
  private static final int EXERCISE_STATISTICS = ExercisedPayoff.STATISTICS;

  public MemoryEstimate {
    if (bytes < 0 || simulatedDates < 0) {
      throw new IllegalArgumentException("bytes and dates must not be negative but were " + bytes + ", "
          + simulatedDates);
    }
  }

  /** A valuation of {@code book} (tranches on their terms at {@code market}'s date) as the pricer runs it. */
  public static MemoryEstimate ofValuation(List<Warrant> book, List<Financing> financings, MarketData market,
      SimulationSettings settings) {
    blocks(settings);
    return of(resolve(book, financings, market, settings.earlyExercise()), settings);
  }

  /** A valuation of a resolved book with {@code settings}. */
  public static MemoryEstimate of(ResolvedBook book, SimulationSettings settings) {
    long outputs = book.tranches() + EXERCISE_STATISTICS * earlyTranches(book);
    return estimate(book, settings, 1, outputs, settings.threads(), blocks(settings));
  }

  /**
   * {@code scenarios} versions of the book (each market of a bump-and-revalue, resolved with its tranches
   * exercised at expiry) simulated together on the same paths, with {@code outputs} outputs a path.
   */
  public static MemoryEstimate ofScenarios(List<Warrant> book, List<Financing> financings, MarketData market,
      SimulationSettings settings, int scenarios, long outputs) {
    long blocks = blocks(settings);
    ResolvedBook resolved = ResolvedBook.atExpiry(sized(book, market), financings, market);
    return estimate(resolved, settings, scenarios, outputs, settings.threads(), blocks);
  }

  /** The replay of one path: the exercise policy and one path. */
  public static MemoryEstimate ofExplanation(List<Warrant> book, List<Financing> financings, MarketData market,
      SimulationSettings settings) {
    ResolvedBook resolved = resolve(book, financings, market, settings.earlyExercise());
    return estimate(resolved, settings, 1, resolved.tranches(), 1, 1);
  }

  /** Cases run {@code workers} at a time (a sweep's cells, a convergence study's runs): the largest together. */
  public static MemoryEstimate concurrent(List<MemoryEstimate> cases, int workers) {
    List<MemoryEstimate> largest = cases.stream().sorted(Comparator.comparingLong(MemoryEstimate::bytes).reversed())
        .limit(Math.max(1, workers)).toList();
    if (largest.isEmpty()) {
      return new MemoryEstimate(0, Part.PATH_STATISTICS, "nothing", 0);
    }
    double total = largest.stream().mapToDouble(MemoryEstimate::bytes).sum();
    MemoryEstimate first = largest.get(0);
    String detail = largest.size() == 1 ? first.detail()
        : first.detail() + String.format(Locale.US, ", in each of %,d valuations run at once", largest.size());
    long dates = cases.stream().mapToLong(MemoryEstimate::simulatedDates).max().orElse(0);
    return new MemoryEstimate(clamp(total), first.largest(), detail, dates);
  }

  /**
   * The blocks of {@link MonteCarloEngine#BLOCK_SIZE} samples of a run; fails, naming {@code paths}, when
   * they would be more than {@link #MAX_BLOCKS}.
   */
  public static long blocks(SimulationSettings settings) {
    long blocks = (settings.samples() - 1) / MonteCarloEngine.BLOCK_SIZE + 1;
    if (blocks > MAX_BLOCKS) {
      long most = MAX_BLOCKS * MonteCarloEngine.BLOCK_SIZE * (settings.antithetic() ? 2 : 1);
      throw new InvalidValueException("paths", String.format(Locale.US, "must be at most %,d (%,d blocks of"
          + " %,d samples) but was %,d", most, MAX_BLOCKS, MonteCarloEngine.BLOCK_SIZE, settings.paths()));
    }
    return blocks;
  }

  private static ResolvedBook resolve(List<Warrant> book, List<Financing> financings, MarketData market,
      EarlyExerciseSettings early) {
    return ResolvedBook.of(sized(book, market), financings, market, early.datesPerYear());
  }

  /**
   * The tranches with their times to expiry, for their sizes alone: a tranche the pricer would refuse to
   * resolve (a reset already past, say) is refused there, with its reason, not here.
   */
  private static List<ResolvedWarrant> sized(List<Warrant> book, MarketData market) {
    return book.stream().map(w -> new ResolvedWarrant(w, market.yearFractionTo(w.expiryDate()), 1.0)).toList();
  }

  private static long earlyTranches(ResolvedBook book) {
    long early = 0;
    for (int j = 0; j < book.tranches(); j++) {
      early += book.exerciseDates(j) > 0 ? 1 : 0;
    }
    return early;
  }

  private static MemoryEstimate estimate(ResolvedBook book, SimulationSettings settings, int scenarios, long outputs,
      int workers, long blocks) {
    double tallies = book.pathDependent() ? TrancheEventTally.QUANTITIES * book.tranches() : 0;
    double statistics = blocks * ((outputs + 1) * STATISTICS_BYTES + BLOCK_OVERHEAD_BYTES + TALLY_BYTES
        + Double.BYTES * tallies);

    long rows = book.exerciseRows();
    double calibration = rows > 0 ? settings.earlyExercise().calibrationPathsPerPolicy() : 0;
    double columns = settings.earlyExercise().degree() + 2.0;
    double exercise = rows > 0 ? (2.0 * rows + book.tranches()) * doubleArrayBytes(calibration)
        + 3 * columns * calibration * Double.BYTES : 0;

    boolean sobol = settings.sampling().quasiRandom();
    double steps = book.steps();
    double normals = book.dimension();
    double coordinates = sobol ? NormalStreams.sobolCoordinates(book.layout()) : 0;
    double resolved = FIXED_BYTES + steps * (BOOK_BYTES_PER_STEP + (sobol ? BRIDGE_BYTES_PER_STEP : 0))
        + book.calendarDays() / 8.0 + rows * BYTES_PER_EXERCISE_DATE + book.financingDays() * BYTES_PER_FINANCING_DAY
        + normals * Double.BYTES + book.tranches() * BYTES_PER_TRANCHE
        + coordinates * (Long.BYTES * settings.sampling().randomisations() + DIRECTION_BYTES_PER_COORDINATE * workers);
    double worker = steps * WORKER_BYTES_PER_STEP + normals * WORKER_BYTES_PER_NORMAL
        + (book.maxFinancings() + outputs) * WORKER_BYTES_PER_OUTPUT;
    double path = scenarios * resolved + (double) workers * scenarios * worker;

    double total = statistics + exercise + path;
    long dates = book.steps();
    if (exercise >= statistics && exercise >= path) {
      return new MemoryEstimate(clamp(total), Part.EARLY_EXERCISE, String.format(Locale.US,
          "%,.0f calibration paths × %,d exercise dates × 2 doubles for a batch's exercise policy", calibration, rows),
          dates);
    }
    if (path >= statistics) {
      return new MemoryEstimate(clamp(total), Part.SIMULATED_DATES, String.format(Locale.US,
          "%,d simulated dates per path", dates), dates);
    }
    return new MemoryEstimate(clamp(total), Part.PATH_STATISTICS, String.format(Locale.US,
        "statistics of %,d blocks of %,d samples × %,d outputs", blocks, MonteCarloEngine.BLOCK_SIZE, outputs + 1),
        dates);
  }

  /**
   * The heap an array of {@code n} doubles takes. From half a megabyte on, an array may be a humongous object
   * that fills whole heap regions (G1's are 1 MB at the least), so it is counted at the next power of two:
   * the 65,536 doubles of a calibration row, just over 512 KB, fill a 1 MB region.
   */
  static double doubleArrayBytes(double n) {
    double bytes = ARRAY_HEADER_BYTES + Double.BYTES * n;
    return bytes < HUMONGOUS_FROM_BYTES ? bytes : Transcendentals.pow(2, Math.ceil(Transcendentals.log(bytes) / Transcendentals.log(2)));
  }

  private static long clamp(double bytes) {
    return bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.ceil(bytes);
  }
}
