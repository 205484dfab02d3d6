package org.warrantlab.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.check.Location;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.pricer.MonteCarloWarrantPricer;

/**
 * Rolls a warrant liability forward (ASC 815-40): measures the book on the opening date, books each
 * period's events on their dates (each measured in the book outstanding that day, as a reporting date
 * would measure its tranche), measures the book on each reporting date, and takes the change in fair
 * value as what the closing measurement leaves unexplained. Every amount is in cents, so each tranche's
 * line, the totals and the year-to-date columns foot exactly.
 */
public final class RollForwardCalculator {

  public static final RollForwardCalculator DEFAULT = new RollForwardCalculator(MonteCarloWarrantPricer.DEFAULT);

  private final MonteCarloWarrantPricer pricer;

  public RollForwardCalculator(MonteCarloWarrantPricer pricer) {
    this.pricer = pricer;
  }

  /** Runs the roll-forward; a problem with the plan's events or dates is an {@link InvalidValueException}. */
  public LiabilityRollForward run(RollForwardPlan plan) {
    Measurer measurer = new Measurer(pricer, plan.settings());
    EventBooker booker = new EventBooker(measurer);
    OutstandingBook book = openingBook(plan);
    List<ReportingDateMeasurement> measurements = new ArrayList<>();
    measurements.add(measurer.book(book.outstanding(), plan.opening(), Location.opening().market()));
    List<RecordedEvent> events = new ArrayList<>();
    List<PeriodRollForward> periods = new ArrayList<>();
    for (int p = 0; p < plan.periods().size(); p++) {
      ReportingPeriod period = plan.periods().get(p);
      Map<String, Map<LineItem, BigDecimal>> activity = new HashMap<>();
      for (int e = 0; e < period.events().size(); e++) {
        RecordedEvent recorded = booker.book(period.events().get(e), book, Location.period(p).event(e));
        events.add(recorded);
        record(activity, recorded);
      }
      checkIssued(plan, book, p);
      checkNotExpired(book, period.end(), Location.period(p).field("end"));
      ReportingDateMeasurement closing = measurer.book(book.outstanding(), period.closing(), Location.period(p).market());
      periods.add(period(plan, p, book.order(), measurements.get(measurements.size() - 1), activity, closing));
      measurements.add(closing);
    }
    return new LiabilityRollForward(plan, measurements, events, periods,
        YearToDate.of(plan, periods, book.order()), measurer.carried());
  }

  private static OutstandingBook openingBook(RollForwardPlan plan) {
    OutstandingBook book = new OutstandingBook(plan.tranches());
    LocalDate openingDate = plan.opening().date();
    for (int i = 0; i < plan.tranches().size(); i++) {
      Warrant tranche = plan.tranches().get(i);
      if (!tranche.issueDate().isAfter(openingDate)) {
        if (!tranche.expiryDate().isAfter(openingDate)) {
          throw new InvalidValueException(Location.tranche(i).field("expiryDate"), "(" + tranche.expiryDate()
              + ") is not after the opening date (" + openingDate + "): leave expired tranches out");
        }
        book.issue(tranche.id());
      }
    }
    return book;
  }

  private static void record(Map<String, Map<LineItem, BigDecimal>> activity, RecordedEvent recorded) {
    BookEvent event = recorded.event();
    Map<LineItem, BigDecimal> lines = activity.computeIfAbsent(event.trancheId(), id -> new EnumMap<>(LineItem.class));
    if (event.lineItem() != LineItem.CHANGE_IN_FAIR_VALUE) {
      lines.merge(event.lineItem(), recorded.amount(), BigDecimal::add);
    }
  }

  /** A tranche whose issue date falls in period {@code p} must have been issued by an event. */
  private static void checkIssued(RollForwardPlan plan, OutstandingBook book, int p) {
    LocalDate start = plan.startOf(p);
    LocalDate end = plan.periods().get(p).end();
    for (int i = 0; i < plan.tranches().size(); i++) {
      Warrant tranche = plan.tranches().get(i);
      boolean issuedInPeriod = tranche.issueDate().isAfter(start) && !tranche.issueDate().isAfter(end);
      if (issuedInPeriod && !book.wasIssued(tranche.id())) {
        throw new InvalidValueException(Location.tranche(i).field("issueDate"), "(" + tranche.issueDate()
            + ") falls in the period ending " + end + ", but no ISSUANCE event of that period records it");
      }
    }
  }

  private static void checkNotExpired(OutstandingBook book, LocalDate end, Location location) {
    for (Warrant tranche : book.outstanding()) {
      if (!tranche.expiryDate().isAfter(end)) {
        throw new InvalidValueException(location, "(" + end + "): tranche \"" + tranche.id() + "\" expires on "
            + tranche.expiryDate() + " with " + tranche.count() + " warrants outstanding; record their"
            + " EXPIRATION (or their exercise) on or before that date");
      }
    }
  }

  private static PeriodRollForward period(RollForwardPlan plan, int p, List<String> order,
      ReportingDateMeasurement opening, Map<String, Map<LineItem, BigDecimal>> activity,
      ReportingDateMeasurement closing) {
    Map<String, BigDecimal> openingValues = fairValues(opening);
    Map<String, BigDecimal> closingValues = fairValues(closing);
    List<TrancheLine> lines = new ArrayList<>();
    for (String id : order) {
      if (openingValues.containsKey(id) || activity.containsKey(id) || closingValues.containsKey(id)) {
        lines.add(new TrancheLine(id, RollForwardLine.measured(openingValues.getOrDefault(id, Money.zero()),
            activity.getOrDefault(id, Map.of()), closingValues.getOrDefault(id, Money.zero()))));
      }
    }
    ReportingPeriod period = plan.periods().get(p);
    return new PeriodRollForward(plan.startOf(p), period.end(), lines,
        WeightedAverageShares.stated(period.weightedAverageShares()));
  }

  private static Map<String, BigDecimal> fairValues(ReportingDateMeasurement measurement) {
    Map<String, BigDecimal> values = new HashMap<>();
    measurement.tranches().forEach(tranche -> values.put(tranche.trancheId(), tranche.fairValue()));
    return values;
  }
}
