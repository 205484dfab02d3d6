package org.warrantlab.accounting;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.check.Location;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.montecarlo.SimulationSettings;

/**
 * Everything a liability roll-forward needs: the tranches as first issued, the opening measurement,
 * the reporting periods with their events, the fiscal calendar, and the simulation every measurement
 * uses (the same seed everywhere, so that each figure can be re-run on its own).
 *
 * @param tranches every tranche that is outstanding at the opening date or issued later, on its original terms
 * @param opening the measurement on the opening date; tranches issued by then form the opening balance
 * @param periods the reporting periods in order, the first starting the day after the opening date
 * @param calendar the fiscal year, for the year-to-date columns
 * @param settings the Monte Carlo settings of every measurement
 */
public record RollForwardPlan(
    List<Warrant> tranches,
    MeasurementInputs opening,
    List<ReportingPeriod> periods,
    FiscalCalendar calendar,
    SimulationSettings settings) {

  public RollForwardPlan {
    tranches = List.copyOf(Checks.notNull(tranches, "tranches"));
    Checks.notNull(opening, "opening");
    periods = List.copyOf(Checks.notNull(periods, "periods"));
    Checks.notNull(calendar, "calendar");
    Checks.notNull(settings, "settings");
    checkTranches(tranches);
    checkPeriods(opening.date(), periods, calendar, tranches);
  }

  /** The same plan measured with other simulation settings. */
  public RollForwardPlan withSettings(SimulationSettings newSettings) {
    return new RollForwardPlan(tranches, opening, periods, calendar, newSettings);
  }

  /** The reporting date before period {@code index}: the opening date for the first. */
  public LocalDate startOf(int index) {
    return index == 0 ? opening.date() : periods.get(index - 1).end();
  }

  private static void checkTranches(List<Warrant> tranches) {
    if (tranches.isEmpty()) {
      throw new InvalidValueException(Location.tranches(), "must list at least one tranche");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < tranches.size(); i++) {
      if (!ids.add(tranches.get(i).id())) {
        throw new InvalidValueException(Location.tranche(i).field("id"),
            "\"" + tranches.get(i).id() + "\" is used by an earlier tranche");
      }
    }
  }

  private static void checkPeriods(LocalDate openingDate, List<ReportingPeriod> periods, FiscalCalendar calendar,
      List<Warrant> tranches) {
    if (periods.isEmpty()) {
      throw new InvalidValueException("periods", "must list at least one reporting period");
    }
    Set<String> ids = new HashSet<>();
    tranches.forEach(tranche -> ids.add(tranche.id()));
    LocalDate start = openingDate;
    for (int p = 0; p < periods.size(); p++) {
      ReportingPeriod period = periods.get(p);
      Location where = Location.period(p);
      if (!period.end().isAfter(start)) {
        throw new InvalidValueException(where.field("end"), "(" + period.end()
            + ") must be after the previous reporting date (" + start + ")");
      }
      if (!calendar.withinOneYear(start, period.end())) {
        throw new InvalidValueException(where.field("end"), "(" + period.end() + ") and the previous reporting date ("
            + start + ") straddle the fiscal year start " + calendar.yearStartOf(period.end())
            + "; add a reporting date at the fiscal year end");
      }
      checkEvents(where, start, period, ids);
      start = period.end();
    }
  }

  private static void checkEvents(Location where, LocalDate start, ReportingPeriod period, Set<String> ids) {
    LocalDate previous = start;
    for (int e = 0; e < period.events().size(); e++) {
      BookEvent event = period.events().get(e);
      Location at = where.event(e);
      if (!ids.contains(event.trancheId())) {
        throw new InvalidValueException(at.field("tranche"), "\"" + event.trancheId() + "\" is not one of the warrants");
      }
      if (!event.date().isAfter(start) || event.date().isAfter(period.end())) {
        throw new InvalidValueException(at.field("date"), "(" + event.date() + ") must be after " + start
            + " and not after " + period.end() + ", inside the period");
      }
      if (event.date().isBefore(previous)) {
        throw new InvalidValueException(at.field("date"), "(" + event.date()
            + ") is before the previous event's date (" + previous + "); list events in date order");
      }
      previous = event.date();
    }
  }
}
