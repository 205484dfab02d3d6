package org.warrantlab.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warrantlab.event.CorporateEvents;
import org.warrantlab.event.FundamentalTransaction;
import org.warrantlab.instrument.Redemption;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.TradingCalendar;
import org.warrantlab.process.GbmProcess;

/**
 * The days a book's redemption rights and fundamental transaction need on the grid, and their placing on
 * it: every trading day a trigger can fire on with its window's look-back and each redemption date; every
 * trading day of the transaction's window with its historical-volatility look-back. Only those periods
 * are monitored daily.
 */
final class ContingentDays {

  private ContingentDays() {
  }

  /** Needs the days of {@code book}'s redemption rights and of {@code events}' transaction. */
  static void addTo(PathSchedule.Builder builder, List<ResolvedWarrant> book, CorporateEvents events,
      MarketData market, LocalDate lastExpiry) {
    for (ResolvedWarrant resolved : book) {
      for (Redemption redemption : resolved.warrant().redemptions()) {
        ResolvedRedemption.NoticeDays notices = noticeDays(redemption, resolved.warrant(), events,
            market.valuationDate());
        if (notices.any()) {
          builder.tradingDays(notices.first(), notices.last() + redemption.noticeDays(), redemption.lookbackDays());
          for (long day = notices.first(); day <= notices.last(); day++) {
            if (TradingCalendar.isTradingDay(day)) {
              builder.price(day + redemption.noticeDays());
            }
          }
        }
      }
    }
    transactionOnGrid(events, market, lastExpiry).ifPresent(transaction -> builder.tradingDays(
        transaction.start().toEpochDay(), Math.min(transaction.end().toEpochDay(), lastExpiry.toEpochDay()),
        transaction.value().historicalDays()));
  }

  /**
   * The fundamental transaction, where it can happen on a day of the simulation: with a positive
   * probability or intensity, within the valuation date and the last expiry.
   */
  static Optional<FundamentalTransaction> transactionOnGrid(CorporateEvents events, MarketData market,
      LocalDate lastExpiry) {
    return events.fundamentalTransaction().filter(FundamentalTransaction::canHappen)
        .filter(t -> !t.start().isAfter(lastExpiry) && t.end().isAfter(market.valuationDate()));
  }

  /** The redemption rights that can be exercised after the valuation date, tranche by tranche. */
  static ResolvedRedemption[] redemptions(List<ResolvedWarrant> book, CorporateEvents events,
      PathSchedule schedule, GbmProcess process) {
    List<ResolvedRedemption> rights = new ArrayList<>();
    for (int j = 0; j < book.size(); j++) {
      Warrant warrant = book.get(j).warrant();
      for (Redemption redemption : warrant.redemptions()) {
        ResolvedRedemption.NoticeDays notices = noticeDays(redemption, warrant, events, schedule.valuationDate());
        if (notices.any()) {
          rights.add(ResolvedRedemption.of(j, redemption, notices, warrant.expiryDate(), schedule, process));
        }
      }
    }
    return rights.toArray(new ResolvedRedemption[0]);
  }

  /** The days a notice may be given: once the tranche is issued and exercisable after any combination. */
  static ResolvedRedemption.NoticeDays noticeDays(Redemption redemption, Warrant warrant,
      CorporateEvents events, LocalDate valuationDate) {
    LocalDate exercisable = events.exercisableFrom().isAfter(warrant.issueDate()) ? events.exercisableFrom()
        : warrant.issueDate();
    return ResolvedRedemption.noticeDays(redemption, valuationDate, exercisable, warrant.expiryDate());
  }

}
