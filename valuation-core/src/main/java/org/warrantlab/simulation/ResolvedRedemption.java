package org.warrantlab.simulation;

import java.time.LocalDate;
import java.util.Optional;
import org.warrantlab.instrument.MakeWholeTable;
import org.warrantlab.instrument.Redemption;
import org.warrantlab.instrument.RedemptionSettlement;
import org.warrantlab.market.TradingCalendar;
import org.warrantlab.math.Transcendentals;
import org.warrantlab.process.GbmProcess;

/**
 * One redemption right of a tranche placed on a book's grid: the trading days its trigger reads, from the
 * look-back of the first day a notice may be given to the last redemption date, each as a grid step (-1:
 * on or before the valuation date, read as the spot), the days a notice may be given, and per such day
 * its redemption date's step, discount factor and months to expiry. Days are counted from 0 along
 * {@link #days()}.
 */
final class ResolvedRedemption {

  private final int tranche;
  private final Redemption terms;
  private final double logTrigger;
  private final int[] steps;
  private final int firstNotice;
  private final int lastNotice;
  private final int[] redemptionSteps;
  private final double[] discounts;
  private final double[] monthsToExpiry;
  private final int[] fairValueLastDay;

  private ResolvedRedemption(int tranche, Redemption terms, int[] steps, int firstNotice, int lastNotice,
      int[] redemptionSteps, double[] discounts, double[] monthsToExpiry, int[] fairValueLastDay) {
    this.tranche = tranche;
    this.terms = terms;
    this.logTrigger = Transcendentals.log(terms.triggerPrice());
    this.steps = steps;
    this.firstNotice = firstNotice;
    this.lastNotice = lastNotice;
    this.redemptionSteps = redemptionSteps;
    this.discounts = discounts;
    this.monthsToExpiry = monthsToExpiry;
    this.fairValueLastDay = fairValueLastDay;
  }

  /**
   * The trading days a notice of {@code terms} may be given on: from {@code from} (or the first day
   * after the valuation date, or {@code exercisableFrom}, if later) to the last day whose redemption date
   * is on or before {@code expiry}.
   */
  static NoticeDays noticeDays(Redemption terms, LocalDate valuationDate, LocalDate exercisableFrom, LocalDate expiry) {
    long first = Math.max(terms.from().toEpochDay(), Math.max(valuationDate.toEpochDay() + 1,
        exercisableFrom.toEpochDay()));
    while (!TradingCalendar.isTradingDay(first)) {
      first++;
    }
    long last = TradingCalendar.tradingDayOnOrBefore(expiry.toEpochDay() - terms.noticeDays());
    return new NoticeDays(first, last);
  }

  /** The first and last epoch days a notice may be given; none when {@code first > last}. */
  record NoticeDays(long first, long last) {
    boolean any() {
      return first <= last;
    }
  }

  /** {@code terms} of tranche {@code tranche}, on {@code schedule}, whose grid holds every day it reads. */
  static ResolvedRedemption of(int tranche, Redemption terms, NoticeDays notices, LocalDate expiry,
      PathSchedule schedule, GbmProcess process) {
    long valuationDay = schedule.valuationDate().toEpochDay();
    int lookback = terms.lookbackDays();
    long start = notices.first();
    for (int k = 1; k < lookback; k++) {
      start = TradingCalendar.tradingDayOnOrBefore(start - 1);
    }
    long end = notices.last() + terms.noticeDays();
    int count = (int) TradingCalendar.count(start, end);
    int[] steps = new int[count];
    long[] days = new long[count];
    long day = start;
    for (int k = 0; k < count; k++, day++) {
      while (!TradingCalendar.isTradingDay(day)) {
        day++;
      }
      days[k] = day;
      steps[k] = schedule.step(day);
    }
    int firstNotice = lookback - 1;
    int lastNotice = firstNotice + (int) TradingCalendar.count(notices.first(), notices.last()) - 1;
    int noticeCount = lastNotice - firstNotice + 1;
    int[] redemptionSteps = new int[noticeCount];
    double[] discounts = new double[noticeCount];
    double[] months = new double[noticeCount];
    int[] fairValueLastDay = new int[noticeCount];
    int fairValueDays = terms.settlement() instanceof RedemptionSettlement.MakeWhole makeWhole
        ? makeWhole.fairMarketValueDays() : 0;
    for (int n = 0; n < noticeCount; n++) {
      int noticeDay = firstNotice + n;
      long redemptionDay = days[noticeDay] + terms.noticeDays();
      redemptionSteps[n] = schedule.step(redemptionDay);
      discounts[n] = process.discountFactor((redemptionDay - valuationDay) / 365.0);
      months[n] = (expiry.toEpochDay() - redemptionDay) * 12 / 365.0;
      int last = noticeDay;
      while (last + 1 < count && last - noticeDay < fairValueDays && days[last + 1] <= redemptionDay) {
        last++;
      }
      fairValueLastDay[n] = last;
    }
    return new ResolvedRedemption(tranche, terms, steps, firstNotice, lastNotice, redemptionSteps, discounts, months,
        fairValueLastDay);
  }

  int tranche() {
    return tranche;
  }

  Redemption terms() {
    return terms;
  }

  /** The log of the trigger price, which a close's log is compared with. */
  double logTrigger() {
    return logTrigger;
  }

  /** Trading days read, from the first look-back day to the last redemption date. */
  int days() {
    return steps.length;
  }

  /** The grid step of day {@code day}, -1 when it is on or before the valuation date. */
  int step(int day) {
    return steps[day];
  }

  int firstNotice() {
    return firstNotice;
  }

  int lastNotice() {
    return lastNotice;
  }

  /** The grid step of the redemption date of a notice on day {@code day}. */
  int redemptionStep(int day) {
    return redemptionSteps[day - firstNotice];
  }

  /** The discount factor of the redemption date of a notice on day {@code day}. */
  double discount(int day) {
    return discounts[day - firstNotice];
  }

  /** Months from the redemption date of a notice on day {@code day} to expiry (ACT/365F years × 12). */
  double monthsToExpiry(int day) {
    return monthsToExpiry[day - firstNotice];
  }

  /**
   * The last day of the fair market value after a notice on day {@code day}: the make-whole days after
   * the notice that fall on or before the redemption date; the notice day itself when none does.
   */
  int fairValueLastDay(int day) {
    return fairValueLastDay[day - firstNotice];
  }

  /** The make-whole table, when holders may exercise for its shares. */
  Optional<MakeWholeTable> makeWhole() {
    return terms.settlement() instanceof RedemptionSettlement.MakeWhole makeWhole
        ? Optional.of(makeWhole.table()) : Optional.empty();
  }
}
