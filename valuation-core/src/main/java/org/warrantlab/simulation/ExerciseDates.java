package org.warrantlab.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.warrantlab.event.Financing;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.TradingCalendar;

/**
 * The dates on which a simulation offers a tranche exercise before expiry.
 *
 * @param dates the exercise dates after the valuation date, the last being expiry; empty when the tranche
 *     is exercised at expiry only
 * @param onValuationDate whether the tranche may also be exercised on the valuation date
 */
public record ExerciseDates(List<LocalDate> dates, boolean onValuationDate) {

  public static final ExerciseDates AT_EXPIRY = new ExerciseDates(List.of(), false);

  public ExerciseDates {
    dates = List.copyOf(dates);
  }

  /**
   * The exercise dates of {@code warrant}. An American warrant is offered exercise on the valuation date
   * and every {@code 365 / datesPerYear} days after it (rounded to whole days) before expiry; a Bermudan
   * one on its exercise dates from the valuation date on. Each date before expiry moves to the last
   * trading day on or before it, so that the simulation grid gains no weekend inside a VWAP look-back. A
   * warrant expiring on the valuation date is settled there, as at expiry.
   */
  public static ExerciseDates of(Warrant warrant, MarketData market, int datesPerYear) {
    LocalDate valuation = market.valuationDate();
    LocalDate expiry = warrant.expiryDate();
    if (!warrant.exercisableEarly() || !expiry.isAfter(valuation)) {
      return AT_EXPIRY;
    }
    TreeSet<LocalDate> dates = new TreeSet<>();
    boolean onValuationDate;
    switch (warrant.exerciseStyle()) {
      case AMERICAN -> {
        onValuationDate = true;
        for (int i = 1; ; i++) {
          LocalDate date = valuation.plusDays(Math.round(i * 365.0 / datesPerYear));
          if (!date.isBefore(expiry)) {
            break;
          }
          dates.add(tradingDay(date));
        }
      }
      case BERMUDAN -> {
        onValuationDate = warrant.exerciseDates().contains(valuation);
        warrant.exerciseDates().stream().map(ExerciseDates::tradingDay)
            .filter(d -> d.isAfter(valuation) && d.isBefore(expiry)).forEach(dates::add);
      }
      default -> throw new IllegalStateException("not exercisable early: " + warrant.exerciseStyle());
    }
    List<LocalDate> inOrder = new ArrayList<>(dates);
    inOrder.add(expiry);
    return new ExerciseDates(inOrder, onValuationDate);
  }

  private static LocalDate tradingDay(LocalDate date) {
    return TradingCalendar.tradingDaysEndingOn(date, 1).get(0);
  }

  /**
   * Whether early exercise can pay in this market. Without a dividend yield, a negative rate or a
   * financing that drops the share price to the post-money value, a call is worth more alive than
   * exercised, since a reset only ever lowers its exercise price; such a tranche is valued as European.
   */
  public static boolean canPay(MarketData market, List<Financing> financings) {
    return market.dividendYield() > 0 || market.continuousRate() < 0
        || financings.stream().anyMatch(f -> f.terms().postMoney());
  }

  public boolean early() {
    return !dates.isEmpty();
  }
}
