package org.warrantlab.simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.warrantlab.event.Financing;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.ScheduledReset;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.TradingCalendar;
import org.warrantlab.process.TimeGrid;

/**
 * The dates a path must visit, after the valuation date, and their place on the time grid. Built from
 * the dates the contracts need (expiries, reset dates, financing days) together with the VWAP look-back
 * of each, so that every look-back is a run of consecutive grid steps.
 */
final class PathSchedule {

  private final MarketData market;
  private final LocalDate[] dates;
  private final NavigableMap<LocalDate, Integer> stepOf;
  private final int[] tradingDaysSinceValuation;

  private PathSchedule(MarketData market, NavigableSet<LocalDate> needed) {
    this.market = market;
    this.dates = needed.toArray(new LocalDate[0]);
    this.stepOf = new TreeMap<>();
    this.tradingDaysSinceValuation = new int[dates.length];
    for (int i = 0; i < dates.length; i++) {
      stepOf.put(dates[i], i);
      tradingDaysSinceValuation[i] = (int) TradingCalendar.count(market.valuationDate().plusDays(1), dates[i]);
    }
  }

  /**
   * The schedule of a book: each exercise date, expiry and scheduled reset with its look-back, and each
   * trading day of a financing window up to the last expiry with its look-back.
   */
  static PathSchedule forBook(List<ResolvedWarrant> book, List<Financing> financings, List<ExerciseDates> exercise,
      MarketData market, LocalDate lastExpiry) {
    Builder builder = new Builder(market);
    for (ExerciseDates dates : exercise) {
      dates.dates().forEach(builder::price);
    }
    for (ResolvedWarrant resolved : book) {
      builder.price(resolved.warrant().expiryDate());
      for (ScheduledReset reset : resolved.warrant().scheduledResets()) {
        builder.lookback(reset.measurementDay(), reset.price().lookbackDays());
      }
    }
    for (Financing financing : financings) {
      int lookback = financing.terms().pricing().lookbackDays();
      for (LocalDate day : TradingCalendar.tradingDays(financing.start(), financing.end())) {
        if (!day.isAfter(lastExpiry)) {
          builder.lookback(day, lookback);
        }
      }
    }
    return builder.build();
  }

  /** Collects the dates a simulation needs, then fixes the grid. */
  static final class Builder {
    private final MarketData market;
    private final NavigableSet<LocalDate> needed = new TreeSet<>();

    Builder(MarketData market) {
      this.market = market;
    }

    /** Needs the price on {@code date} (ignored on or before the valuation date, where it is the spot). */
    Builder price(LocalDate date) {
      if (date.isAfter(market.valuationDate())) {
        needed.add(date);
      }
      return this;
    }

    /** Needs the closes of the {@code days} trading days ending on the trading day {@code date}. */
    Builder lookback(LocalDate date, int days) {
      for (LocalDate day : TradingCalendar.tradingDaysEndingOn(date, Math.max(days, 1))) {
        price(day);
      }
      return this;
    }

    PathSchedule build() {
      return new PathSchedule(market, needed);
    }
  }

  int steps() {
    return dates.length;
  }

  LocalDate date(int step) {
    return step < 0 ? market.valuationDate() : dates[step];
  }

  TimeGrid grid() {
    double[] times = new double[dates.length];
    for (int i = 0; i < dates.length; i++) {
      times[i] = market.yearFractionTo(dates[i]);
    }
    return TimeGrid.of(times);
  }

  /** The step of a date on the grid, -1 for the valuation date or earlier. */
  int step(LocalDate date) {
    if (!date.isAfter(market.valuationDate())) {
      return -1;
    }
    Integer step = stepOf.get(date);
    if (step == null) {
      throw new IllegalStateException(date + " is not on the simulation grid");
    }
    return step;
  }

  /** First step on or after {@code date}, or {@link #steps()} when none. */
  int firstStepFrom(LocalDate date) {
    LocalDate key = stepOf.ceilingKey(date);
    return key == null ? dates.length : stepOf.get(key);
  }

  /** Last step on or before {@code date}, or -1 when none. */
  int lastStepUpTo(LocalDate date) {
    LocalDate key = stepOf.floorKey(date);
    return key == null ? -1 : stepOf.get(key);
  }

  /**
   * How many of the {@code days} trading days ending on the date of {@code step} lie after the valuation
   * date, and so on the grid; the rest read the valuation-date close (the spot).
   */
  int simulatedLookbackDays(int step, int days) {
    return step < 0 ? 0 : Math.min(days, tradingDaysSinceValuation[step]);
  }

  /** The trading days from {@code start} to {@code end}, as steps; days after {@code lastUseful} are -1. */
  int[] tradingDaySteps(LocalDate start, LocalDate end, LocalDate lastUseful) {
    List<LocalDate> days = TradingCalendar.tradingDays(start, end);
    int[] steps = new int[days.size()];
    for (int i = 0; i < steps.length; i++) {
      steps[i] = days.get(i).isAfter(lastUseful) ? -1 : step(days.get(i));
    }
    return steps;
  }
}
