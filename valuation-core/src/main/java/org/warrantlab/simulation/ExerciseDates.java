package org.warrantlab.simulation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.warrantlab.event.Financing;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.TradingCalendar;

/**
 * The dates on which a simulation offers a tranche exercise, after the valuation date, the last being
 * expiry; none when the tranche is exercised at expiry only. Held as day numbers, so that daily exercise
 * over decades costs a long a date.
 */
public final class ExerciseDates {

  public static final ExerciseDates AT_EXPIRY = new ExerciseDates(new long[0], false);

  private final long[] epochDays;
  private final boolean onValuationDate;

  private ExerciseDates(long[] epochDays, boolean onValuationDate) {
    this.epochDays = epochDays;
    this.onValuationDate = onValuationDate;
  }

  /**
   * The exercise dates of {@code warrant}. An American warrant is offered exercise on the valuation date
   * and every {@code 365 / datesPerYear} days after it (rounded to whole days) before expiry; a Bermudan
   * one on its exercise dates from the valuation date on. Each date before expiry moves to the last
   * trading day on or before it, so that the simulation grid gains no weekend inside a VWAP look-back; a
   * date that moves onto the valuation date is the valuation date's exercise. A warrant expiring on the
   * valuation date is settled there, as at expiry.
   */
  public static ExerciseDates of(Warrant warrant, MarketData market, int datesPerYear) {
    long valuation = market.valuationDate().toEpochDay();
    long expiry = warrant.expiryDate().toEpochDay();
    if (!warrant.exercisableEarly() || expiry <= valuation) {
      return AT_EXPIRY;
    }
    LongStream.Builder dates = LongStream.builder();
    boolean onValuationDate;
    switch (warrant.exerciseStyle()) {
      case AMERICAN -> {
        onValuationDate = true;
        long previous = valuation;
        for (int i = 1; ; i++) {
          long day = valuation + Math.round(i * 365.0 / datesPerYear);
          if (day >= expiry) {
            break;
          }
          long trading = TradingCalendar.tradingDayOnOrBefore(day);
          if (trading > previous) {
            dates.add(trading);
            previous = trading;
          }
        }
      }
      case BERMUDAN -> {
        onValuationDate = warrant.exerciseDates().contains(market.valuationDate());
        warrant.exerciseDates().stream().mapToLong(d -> TradingCalendar.tradingDayOnOrBefore(d.toEpochDay()))
            .filter(d -> d > valuation && d < expiry).distinct().sorted().forEach(dates::add);
      }
      default -> throw new IllegalStateException("not exercisable early: " + warrant.exerciseStyle());
    }
    dates.add(expiry);
    return new ExerciseDates(dates.build().toArray(), onValuationDate);
  }

  /**
   * These dates from {@code first} on: the dates before it are dropped, expiry kept; the valuation date
   * is an exercise date only if it is on or after {@code first}.
   */
  public ExerciseDates from(LocalDate first) {
    long day = first.toEpochDay();
    if (epochDays.length == 0 || epochDays[0] >= day) {
      return this;
    }
    long[] kept = Arrays.stream(epochDays).filter(d -> d >= day).toArray();
    if (kept.length == 0) {
      kept = new long[] {epochDays[epochDays.length - 1]};
    }
    return new ExerciseDates(kept, false);
  }

  /**
   * Whether early exercise can pay in this market. Without a dividend yield, a negative forward rate or a
   * financing that drops the share price to the post-money value, a call is worth more alive than
   * exercised, since a reset only ever lowers its exercise price; such a tranche is valued as European.
   */
  public static boolean canPay(MarketData market, List<Financing> financings) {
    return market.dividendYield() > 0 || market.riskFreeRate().lowestForwardRate() < 0
        || financings.stream().anyMatch(f -> f.terms().postMoney());
  }

  /** Whether the tranche is offered exercise before expiry. */
  public boolean early() {
    return epochDays.length > 0;
  }

  /** Whether the tranche may also be exercised on the valuation date. */
  public boolean onValuationDate() {
    return onValuationDate;
  }

  /** Exercise dates after the valuation date, expiry included; 0 when exercised at expiry only. */
  public int count() {
    return epochDays.length;
  }

  /** Exercise date {@code k}, as days after 1970-01-01. */
  long epochDay(int k) {
    return epochDays[k];
  }

  /** The exercise dates after the valuation date, expiry last. */
  public List<LocalDate> dates() {
    return Arrays.stream(epochDays).mapToObj(LocalDate::ofEpochDay).toList();
  }
}
