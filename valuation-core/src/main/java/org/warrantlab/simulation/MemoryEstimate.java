package org.warrantlab.simulation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.event.Financing;
import org.warrantlab.event.PoissonFinancing;
import org.warrantlab.greeks.GreekScenarios;
import org.warrantlab.greeks.GreeksPricer;
import org.warrantlab.instrument.ScheduledReset;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.Act365Fixed;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.TradingCalendar;
import org.warrantlab.math.PortableMath;
import org.warrantlab.montecarlo.MonteCarloEngine;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.MonteCarloWarrantPricer;

/**
 * The memory a valuation will need, estimated from the sizes that drive it before anything is simulated,
 * so that a request too large for the heap can be refused with a reason instead of failing part way. Pure
 * arithmetic on the inputs: nothing is allocated and no date is walked, so it is instant whatever the
 * sizes. An upper estimate of what the engine holds at once:
 *
 * <ul>
 *   <li>{@link Part#PATH_STATISTICS}: the engine keeps the statistics of every block of
 *       {@link MonteCarloEngine#BLOCK_SIZE} samples until it merges them in block order, one set per
 *       output (a tranche, the book, an exercise statistic, a Greek);
 *   <li>{@link Part#EARLY_EXERCISE}: Longstaff–Schwartz records two doubles per calibration path and
 *       exercise date (a row of calibration paths per date, counted as the heap region it may fill), the
 *       realised cash flow of every calibration path, and the design matrix of one date's regression;
 *   <li>{@link Part#SIMULATED_DATES}: the dates a path visits (the schedule, and each worker's path and
 *       normals) and the trading days of each financing window.
 * </ul>
 *
 * @param bytes the estimate, in bytes
 * @param largest the part that needs the most
 * @param detail what that part holds, in words, e.g. "65,536 calibration paths × 48 exercise dates"
 * @param simulatedDates the most dates a path visits (an upper estimate), which the time per path grows with
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
  /** Bytes per simulated date held once per payoff: the schedule's date, its index entries and grid constants. */
  private static final double SCHEDULE_BYTES_PER_DATE = 200;
  /** Doubles per simulated date in each worker: the normals, the path's closes and their mirror. */
  private static final double WORKER_DOUBLES_PER_DATE = 3;
  /** Bytes per trading day of a financing window while the window's days are listed. */
  private static final double WINDOW_BYTES_PER_DAY = 52;
  /** Greeks: the base market and up to seven bumped ones, and the value and five Greeks per output. */
  private static final int GREEK_SCENARIOS = 8;
  private static final int GREEK_MEASURES = GreekScenarios.Measure.values().length;
  private static final double ARRAY_HEADER_BYTES = 16;
  private static final double HUMONGOUS_FROM_BYTES = 512 * 1024;
  /** The exercise statistics the engine adds per tranche valued by Longstaff–Schwartz. */
  private static final int EXERCISE_STATISTICS = 3;

  public MemoryEstimate {
    if (bytes < 0 || simulatedDates < 0) {
      throw new IllegalArgumentException("bytes and dates must not be negative but were " + bytes + ", "
          + simulatedDates);
    }
  }

  /** {@link MonteCarloWarrantPricer#value} of {@code book} (tranches on their terms at {@code market}'s date). */
  public static MemoryEstimate ofValuation(List<Warrant> book, List<Financing> financings, MarketData market,
      SimulationSettings settings) {
    return new Sizes(book, financings, market, settings).estimate(1, settings.threads(), blocks(settings));
  }

  /** {@link GreeksPricer#greeks}: every bumped scenario simulated together on the same paths. */
  public static MemoryEstimate ofGreeks(List<Warrant> book, List<Financing> financings, MarketData market,
      SimulationSettings settings) {
    return new Sizes(book, financings, market, settings).estimate(GREEK_SCENARIOS, settings.threads(),
        blocks(settings));
  }

  /** {@link MonteCarloWarrantPricer#explain}: the exercise policy and one path. */
  public static MemoryEstimate ofExplanation(List<Warrant> book, List<Financing> financings, MarketData market,
      SimulationSettings settings) {
    return new Sizes(book, financings, market, settings).estimate(1, 1, 1);
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

  /** The sizes of one valuation that drive its memory. */
  private static final class Sizes {
    private final List<Warrant> book;
    private final List<Financing> financings;
    private final MarketData market;
    private final SimulationSettings settings;
    private final double[] exerciseDates;

    Sizes(List<Warrant> book, List<Financing> financings, MarketData market, SimulationSettings settings) {
      this.book = book;
      this.financings = financings;
      this.market = market;
      this.settings = settings;
      boolean canPay = ExerciseDates.canPay(market, financings);
      this.exerciseDates = book.stream().mapToDouble(w -> canPay ? earlyDates(w) : 0).toArray();
    }

    MemoryEstimate estimate(int scenarios, int workers, long blocks) {
      double early = Arrays.stream(exerciseDates).sum();
      long earlyTranches = Arrays.stream(exerciseDates).filter(dates -> dates > 0).count();
      long outputs = scenarios > 1 ? GREEK_MEASURES * (book.size() + 1L)
          : book.size() + EXERCISE_STATISTICS * earlyTranches;

      double statistics = blocks * ((outputs + 1) * STATISTICS_BYTES + BLOCK_OVERHEAD_BYTES);

      double calibration = early > 0 ? settings.earlyExercise().calibrationPaths() : 0;
      double regressors = settings.earlyExercise().degree() + 2.0;
      double exercise = early > 0 ? (2 * early + book.size()) * doubleArrayBytes(calibration)
          + 3 * regressors * calibration * Double.BYTES : 0;

      double dates = simulatedDates(early);
      double windows = financings.stream().mapToDouble(f -> TradingCalendar.count(f.start(), f.end())).sum();
      double dimension = dates + financings.stream().mapToDouble(Sizes::draws).sum();
      double path = scenarios * (dates * SCHEDULE_BYTES_PER_DATE + windows * WINDOW_BYTES_PER_DAY)
          + workers * scenarios * (dates + dimension) * WORKER_DOUBLES_PER_DATE * Double.BYTES;

      double total = statistics + exercise + path;
      long visited = clamp(dates);
      if (exercise >= statistics && exercise >= path) {
        return new MemoryEstimate(clamp(total), Part.EARLY_EXERCISE, String.format(Locale.US,
            "%,.0f calibration paths × %,.0f exercise dates × 2 doubles for the exercise policy", calibration, early),
            visited);
      }
      if (path >= statistics) {
        return new MemoryEstimate(clamp(total), Part.SIMULATED_DATES, String.format(Locale.US,
            "up to %,.0f simulated dates per path%s", dates,
            windows > dates ? String.format(Locale.US, " and %,.0f trading days in the financing windows", windows) : ""),
            visited);
      }
      return new MemoryEstimate(clamp(total), Part.PATH_STATISTICS, String.format(Locale.US,
          "statistics of %,d blocks of %,d samples × %,d outputs", blocks, MonteCarloEngine.BLOCK_SIZE, outputs + 1),
          visited);
    }

    /**
     * Exercise dates before expiry a simulation offers the tranche (see {@link ExerciseDates#of}): an
     * American warrant every 365 / datesPerYear days, a Bermudan one on its dates.
     */
    private double earlyDates(Warrant warrant) {
      if (!warrant.exercisableEarly() || !warrant.expiryDate().isAfter(market.valuationDate())) {
        return 0;
      }
      return switch (warrant.exerciseStyle()) {
        case AMERICAN -> Math.ceil(ChronoUnit.DAYS.between(market.valuationDate(), warrant.expiryDate())
            * (double) settings.earlyExercise().datesPerYear() / 365.0);
        case BERMUDAN -> warrant.exerciseDates().size();
        case EUROPEAN -> 0;
      };
    }

    /**
     * The dates a path visits: the expiries alone for a book with nothing path-dependent; otherwise the
     * expiries, exercise dates, reset look-backs and financing windows with theirs, but never more than
     * the trading days to the last expiry.
     */
    private double simulatedDates(double earlyDates) {
      boolean pathDependent = !financings.isEmpty() || earlyDates > 0 || book.stream().anyMatch(Warrant::hasResets);
      if (!pathDependent) {
        return book.size();
      }
      LocalDate lastExpiry = book.stream().map(Warrant::expiryDate).max(Comparator.naturalOrder())
          .orElse(market.valuationDate());
      double needed = book.size() + earlyDates;
      for (Warrant warrant : book) {
        for (ScheduledReset reset : warrant.scheduledResets()) {
          needed += Math.max(reset.price().lookbackDays(), 1);
        }
      }
      for (Financing financing : financings) {
        LocalDate end = financing.end().isAfter(lastExpiry) ? lastExpiry : financing.end();
        needed += TradingCalendar.count(financing.start(), end) + financing.terms().pricing().lookbackDays();
      }
      return Math.min(needed, TradingCalendar.count(market.valuationDate().plusDays(1), lastExpiry) + book.size());
    }

    /** Normals a financing draws per path: one for a window; the count and each day for a Poisson one. */
    private static double draws(Financing financing) {
      if (financing instanceof PoissonFinancing poisson) {
        double mean = poisson.intensity() * Act365Fixed.yearFraction(poisson.start(), poisson.end().plusDays(1));
        return 2 + Math.min(10_000, 2 * mean + 40);
      }
      return 1;
    }
  }

  /**
   * The heap an array of {@code n} doubles takes. From half a megabyte on, an array may be a humongous object
   * that fills whole heap regions (G1's are 1 MB at the least), so it is counted at the next power of two:
   * the 65,536 doubles of a calibration row, just over 512 KB, fill a 1 MB region.
   */
  static double doubleArrayBytes(double n) {
    double bytes = ARRAY_HEADER_BYTES + Double.BYTES * n;
    return bytes < HUMONGOUS_FROM_BYTES ? bytes : PortableMath.pow(2, Math.ceil(PortableMath.log(bytes) / PortableMath.log(2)));
  }

  private static long clamp(double bytes) {
    return bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.ceil(bytes);
  }
}
