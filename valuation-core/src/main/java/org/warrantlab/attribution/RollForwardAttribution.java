package org.warrantlab.attribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warrantlab.accounting.Amendment;
import org.warrantlab.accounting.AntiDilutionAdjustment;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.accounting.LineItem;
import org.warrantlab.accounting.PeriodRollForward;
import org.warrantlab.accounting.RecordedEvent;
import org.warrantlab.accounting.ReportingDateMeasurement;
import org.warrantlab.accounting.RollForwardLine;
import org.warrantlab.accounting.TrancheLine;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.scenario.ValuationInputs;

/**
 * The change in fair value of each reporting period of a roll-forward, and of each fiscal year to date,
 * split by input. A year to date is the sum of its periods, line by line; its standard errors are the
 * sums of theirs, a bound, since the periods share a seed.
 *
 * @param periods one attribution per reporting period
 * @param yearToDate one per period, from the start of its fiscal year
 */
public record RollForwardAttribution(List<Attribution> periods, List<Attribution> yearToDate) {

  public RollForwardAttribution {
    periods = List.copyOf(periods);
    yearToDate = List.copyOf(yearToDate);
  }

  /** Attributes every period of {@code rollForward} in {@code order}. */
  public static RollForwardAttribution of(LiabilityRollForward rollForward, AttributionOrder order) {
    List<Attribution> periods = new ArrayList<>();
    for (int p = 0; p < rollForward.periods().size(); p++) {
      periods.add(Attributor.DEFAULT.attribute(bridge(rollForward, p), order));
    }
    List<Attribution> yearToDate = new ArrayList<>();
    for (int k = 0; k < periods.size(); k++) {
      LocalDate start = rollForward.yearToDate().get(k).start();
      int first = k;
      while (!rollForward.periods().get(first).start().equals(start)) {
        first--;
      }
      yearToDate.add(sum(order, periods.subList(first, k + 1)));
    }
    return new RollForwardAttribution(periods, yearToDate);
  }

  /** What period {@code p} has to explain: its booked lines, and the inputs and books of its two dates. */
  static Bridge bridge(LiabilityRollForward rollForward, int p) {
    SimulationSettings settings = rollForward.plan().settings();
    PeriodRollForward period = rollForward.periods().get(p);
    ReportingDateMeasurement opening = rollForward.measurements().get(p);
    ReportingDateMeasurement closing = rollForward.measurements().get(p + 1);
    ValuationInputs before = inputs(opening, settings);
    List<RecordedEvent> events = rollForward.events().stream()
        .filter(e -> e.event().date().isAfter(period.start()) && !e.event().date().isAfter(period.end())).toList();
    Map<String, Warrant> book = new LinkedHashMap<>();
    before.warrants().forEach(warrant -> book.put(warrant.id(), warrant));
    boolean changed = false;
    for (RecordedEvent recorded : events) {
      changed |= replay(recorded, book);
    }
    ValuationInputs end = inputs(closing, settings);
    List<Warrant> afterEvents = new ArrayList<>();
    for (Warrant closed : end.warrants()) {
      Warrant tranche = Optional.ofNullable(book.get(closed.id())).orElseThrow(() -> new IllegalStateException(
          "tranche " + closed.id() + " is outstanding at the closing date but not after the period's events"));
      afterEvents.add(tranche.issueDate().isAfter(period.start()) ? tranche.withIssueDate(period.start()) : tranche);
    }
    ValuationInputs start = new ValuationInputs(before.market(), afterEvents, before.financings(), settings);
    Map<String, BigDecimal> openingValues = new HashMap<>();
    Map<String, BigDecimal> eventAmounts = new HashMap<>();
    Map<String, BigDecimal> closingValues = new HashMap<>();
    for (TrancheLine line : period.tranches()) {
      RollForwardLine amounts = line.line();
      openingValues.put(line.trancheId(), amounts.opening());
      eventAmounts.put(line.trancheId(), amounts.closing().subtract(amounts.opening())
          .subtract(amounts.amount(LineItem.CHANGE_IN_FAIR_VALUE)));
      closingValues.put(line.trancheId(), amounts.closing());
    }
    return new Bridge(period.tranches().stream().map(TrancheLine::trancheId).toList(),
        changed ? Optional.of(before) : Optional.empty(), start, end, openingValues, eventAmounts, closingValues);
  }

  /**
   * Applies a booked event to {@code book} as the roll-forward did, except an anti-dilution adjustment,
   * whose effect is a line of its own; whether the book changed.
   */
  private static boolean replay(RecordedEvent recorded, Map<String, Warrant> book) {
    String id = recorded.event().trancheId();
    if (recorded.event() instanceof AntiDilutionAdjustment) {
      return false;
    }
    if (recorded.event() instanceof Amendment amendment) {
      book.put(id, amendment.change().applyTo(book.get(id)));
    } else if (recorded.termsAfter().isEmpty()) {
      book.remove(id);
    } else if (book.containsKey(id)) {
      book.put(id, book.get(id).withCount(recorded.termsAfter().get().count()));
    } else {
      book.put(id, recorded.termsAfter().get());
    }
    return true;
  }

  private static ValuationInputs inputs(ReportingDateMeasurement measurement, SimulationSettings settings) {
    List<Warrant> warrants = measurement.tranches().stream().map(t -> t.valuation().warrant().warrant()).toList();
    return new ValuationInputs(measurement.inputs().market(), warrants, measurement.inputs().financings(), settings);
  }

  /** The attributions of consecutive periods added line by line, tranche by tranche. */
  private static Attribution sum(AttributionOrder order, List<Attribution> span) {
    Map<String, Map<Factor, Step>> byTranche = new LinkedHashMap<>();
    for (Attribution attribution : span) {
      for (TrancheAttribution tranche : attribution.tranches()) {
        add(byTranche.computeIfAbsent(tranche.trancheId(), id -> new LinkedHashMap<>()), tranche);
      }
    }
    Map<Factor, Step> total = new LinkedHashMap<>();
    span.forEach(attribution -> add(total, attribution.total()));
    List<TrancheAttribution> tranches = new ArrayList<>();
    byTranche.forEach((id, steps) -> tranches.add(new TrancheAttribution(id, ordered(steps))));
    return new Attribution(order, tranches, new TrancheAttribution("total", ordered(total)));
  }

  private static void add(Map<Factor, Step> into, TrancheAttribution tranche) {
    for (Step step : tranche.steps()) {
      into.merge(step.factor(), step, (a, b) -> new Step(a.factor(), a.amount().add(b.amount()),
          a.standardError() + b.standardError()));
    }
  }

  /** The lines in attribution order: events, the substituted factors as they came, sampling. */
  private static List<Step> ordered(Map<Factor, Step> steps) {
    List<Step> ordered = new ArrayList<>();
    Optional.ofNullable(steps.get(Factor.EVENTS)).ifPresent(ordered::add);
    steps.values().stream().filter(step -> step.factor().substituted()).forEach(ordered::add);
    Optional.ofNullable(steps.get(Factor.SAMPLING)).ifPresent(ordered::add);
    return ordered;
  }
}
