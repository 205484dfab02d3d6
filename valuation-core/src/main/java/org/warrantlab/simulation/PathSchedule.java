package org.warrantlab.simulation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import org.warrantlab.market.TradingCalendar;
import org.warrantlab.process.TimeGrid;

/**
 * The dates a path must visit after the valuation date, one grid step each, and the trading days among
 * them. Built from the dates the contracts need (expiries, exercise dates, reset dates, financing days)
 * together with the VWAP look-back of each, so that the trading days of every look-back are consecutive
 * trading-day steps; a look-back reads those alone, never a weekend expiry between them. Dates are held
 * as days after the valuation date, so a schedule of decades of daily steps costs a few ints a step.
 */
final class PathSchedule {

  private final LocalDate valuationDate;
  private final long valuationDay;
  /** Per step, its date as days after the valuation date, increasing. */
  private final int[] days;
  /** Per step, the index in {@link #tradingSteps} of the last trading-day step on or before it (-1: none). */
  private final int[] tradingOrdinal;
  /** The steps whose dates are trading days, in order. */
  private final int[] tradingSteps;

  private PathSchedule(LocalDate valuationDate, int[] days) {
    this.valuationDate = valuationDate;
    this.valuationDay = valuationDate.toEpochDay();
    this.days = days;
    this.tradingOrdinal = new int[days.length];
    int[] trading = new int[days.length];
    int count = 0;
    for (int step = 0; step < days.length; step++) {
      if (TradingCalendar.isTradingDay(valuationDay + days[step])) {
        trading[count++] = step;
      }
      tradingOrdinal[step] = count - 1;
    }
    this.tradingSteps = Arrays.copyOf(trading, count);
  }

  /** Collects the dates a simulation needs, then fixes the grid. */
  static final class Builder {
    private final LocalDate valuationDate;
    private final long valuationDay;
    private final BitSet needed;

    /** A builder of dates after {@code valuationDate}, most of them expected up to {@code lastDate}. */
    Builder(LocalDate valuationDate, LocalDate lastDate) {
      this.valuationDate = valuationDate;
      this.valuationDay = valuationDate.toEpochDay();
      this.needed = new BitSet((int) Math.max(1, Math.min(Integer.MAX_VALUE, lastDate.toEpochDay() - valuationDay + 1)));
    }

    /** Needs the price on epoch day {@code day} (ignored on or before the valuation date, where it is the spot). */
    Builder price(long day) {
      if (day > valuationDay) {
        needed.set(Math.toIntExact(day - valuationDay));
      }
      return this;
    }

    /** Needs the closes of the {@code count} trading days ending on or before epoch day {@code day}. */
    Builder lookback(long day, int count) {
      long trading = TradingCalendar.tradingDayOnOrBefore(day);
      for (int k = 0; k < Math.max(count, 1) && trading > valuationDay; k++) {
        price(trading);
        trading = TradingCalendar.tradingDayOnOrBefore(trading - 1);
      }
      return this;
    }

    /** Needs each trading day from {@code start} to {@code end} with the look-back of {@code count} days of each. */
    Builder tradingDays(long start, long end, int count) {
      long first = start;
      while (first <= end && !TradingCalendar.isTradingDay(first)) {
        first++;
      }
      if (first > end) {
        return this;
      }
      lookback(first, count);
      for (long day = Math.max(first + 1, valuationDay + 1); day <= end; day++) {
        if (TradingCalendar.isTradingDay(day)) {
          price(day);
        }
      }
      return this;
    }

    PathSchedule build() {
      int[] days = new int[needed.cardinality()];
      for (int i = 0, day = needed.nextSetBit(0); day >= 0; i++, day = needed.nextSetBit(day + 1)) {
        days[i] = day;
      }
      return new PathSchedule(valuationDate, days);
    }
  }

  int steps() {
    return days.length;
  }

  LocalDate valuationDate() {
    return valuationDate;
  }

  LocalDate date(int step) {
    return step < 0 ? valuationDate : LocalDate.ofEpochDay(valuationDay + days[step]);
  }

  /** The grid's times: ACT/365F years from the valuation date to each step's date. */
  TimeGrid grid() {
    double[] times = new double[days.length];
    for (int i = 0; i < days.length; i++) {
      times[i] = days[i] / 365.0;
    }
    return TimeGrid.ofIncreasing(times);
  }

  /** The step of a date on the grid, -1 for the valuation date or earlier. */
  int step(LocalDate date) {
    return step(date.toEpochDay());
  }

  /** The step of epoch day {@code day}, -1 for the valuation date or earlier. */
  int step(long day) {
    if (day <= valuationDay) {
      return -1;
    }
    int step = Arrays.binarySearch(days, Math.toIntExact(day - valuationDay));
    if (step < 0) {
      throw new IllegalStateException(LocalDate.ofEpochDay(day) + " is not on the simulation grid");
    }
    return step;
  }

  /** First step on or after {@code date}, or {@link #steps()} when none. */
  int firstStepFrom(LocalDate date) {
    long offset = date.toEpochDay() - valuationDay;
    if (offset > Integer.MAX_VALUE) {
      return days.length;
    }
    int at = Arrays.binarySearch(days, (int) Math.max(offset, 0));
    return at >= 0 ? at : -at - 1;
  }

  /** Last step on or before {@code date}, or -1 when none. */
  int lastStepUpTo(LocalDate date) {
    long offset = date.toEpochDay() - valuationDay;
    if (offset < 1) {
      return -1;
    }
    int at = Arrays.binarySearch(days, (int) Math.min(offset, Integer.MAX_VALUE));
    return at >= 0 ? at : -at - 2;
  }

  /**
   * How many of the {@code count} trading days ending on the date of {@code step} lie after the valuation
   * date, and so on the grid; the rest read the valuation-date close (the spot).
   */
  int simulatedLookbackDays(int step, int count) {
    return step < 0 ? 0 : (int) Math.min(count, TradingCalendar.count(valuationDay + 1, valuationDay + days[step]));
  }

  /**
   * The step of the trading day {@code back} trading days before the last trading-day step on or before
   * {@code step} (0: that step itself), for a look-back of at most {@link #simulatedLookbackDays} days.
   */
  int tradingStepBefore(int step, int back) {
    return tradingSteps[tradingOrdinal[step] - back];
  }

  /** The steps of {@code dates}, each of which is on the grid, by one walk along both. */
  int[] steps(ExerciseDates dates) {
    int[] steps = new int[dates.count()];
    int step = 0;
    for (int k = 0; k < steps.length; k++) {
      step = stepFrom(step, dates.epochDay(k));
      steps[k] = step;
    }
    return steps;
  }

  /** The step of epoch day {@code day}, which is on the grid at step {@code from} or later. */
  private int stepFrom(int from, long day) {
    int step = from;
    while (step < days.length && days[step] < day - valuationDay) {
      step++;
    }
    if (step == days.length || days[step] != day - valuationDay) {
      throw new IllegalStateException(LocalDate.ofEpochDay(day) + " is not on the simulation grid");
    }
    return step;
  }

  /** The trading days of a financing window up to {@code lastUseful}, placed on the grid. */
  WindowDays windowDays(LocalDate start, LocalDate end, LocalDate lastUseful) {
    long first = start.toEpochDay();
    long last = Math.min(end.toEpochDay(), lastUseful.toEpochDay());
    int past = (int) TradingCalendar.count(first, Math.min(last, valuationDay));
    int[] steps = new int[(int) TradingCalendar.count(Math.max(first, valuationDay + 1), last)];
    int step = 0;
    int i = 0;
    for (long day = Math.max(first, valuationDay + 1); day <= last; day++) {
      if (TradingCalendar.isTradingDay(day)) {
        step = stepFrom(step, day);
        steps[i++] = step;
      }
    }
    return new WindowDays((int) TradingCalendar.count(first, end.toEpochDay()), past, steps);
  }

  /**
   * A financing window's trading days: {@code total} in the window, the first {@code past} of them on or
   * before the valuation date, then those on the grid (up to the last day that can matter) as steps.
   */
  record WindowDays(int total, int past, int[] steps) {

    /** The step of the window's trading day {@code day} (counting from 0), or -1 when it is off the grid. */
    int stepOf(int day) {
      int k = day - past;
      return k >= 0 && k < steps.length ? steps[k] : -1;
    }
  }
}
