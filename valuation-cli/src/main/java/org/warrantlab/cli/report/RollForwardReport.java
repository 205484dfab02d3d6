package org.warrantlab.cli.report;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.warrantlab.accounting.EarningsEffect;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.accounting.LineItem;
import org.warrantlab.accounting.PeriodRollForward;
import org.warrantlab.accounting.RecordedEvent;
import org.warrantlab.accounting.ReportingDateMeasurement;
import org.warrantlab.accounting.RollForwardLine;
import org.warrantlab.accounting.TrancheLine;
import org.warrantlab.accounting.TrancheMeasurement;
import org.warrantlab.attribution.RollForwardAttribution;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.TrancheValuation;

/**
 * The roll-forward for people: per period and fiscal year to date, the liability of each tranche from
 * opening to closing balance; the change in fair value booked in earnings and its per-share effect; the
 * events; and the Level 3 inputs behind every measurement. Written as plain text or as a Markdown memo.
 */
public final class RollForwardReport {

  private RollForwardReport() {
  }

  /**
   * Plain text for a terminal, with the run time and, where given, the attribution of each period's change in fair
   * value; within 120 columns unless {@code wide}.
   */
  public static String table(RollForwardRun run, Optional<RollForwardAttribution> attribution, boolean wide) {
    Document document = Document.plain(wide);
    write(run, document, attribution);
    document.paragraph(String.format(Locale.US, "Run time %.2f s on %d thread%s, finished %s.",
        run.elapsed().toNanos() / 1e9, run.result().plan().settings().threads(),
        run.result().plan().settings().threads() == 1 ? "" : "s", run.audit().clockTime()));
    return document.text();
  }

  /** A Markdown memo; it holds nothing that depends on the clock or the thread count, so it is reproducible. */
  public static String markdown(RollForwardRun run) {
    return markdown(run, Optional.empty());
  }

  /** The memo with, where given, the attribution of each period's change in fair value. */
  public static String markdown(RollForwardRun run, Optional<RollForwardAttribution> attribution) {
    Document document = Document.markdown();
    write(run, document, attribution);
    return document.text();
  }

  private static void write(RollForwardRun run, Document document, Optional<RollForwardAttribution> attribution) {
    LiabilityRollForward result = run.result();
    document.heading(1, "Warrant liability roll-forward");
    document.paragraph(introduction(run));
    if (!MemoSections.entity(run.input().entity()).isEmpty()) {
      document.paragraph(String.join(" ", MemoSections.entity(run.input().entity())));
    }
    MemoSections.methodology(document, result.plan().settings());
    MemoSections.terms(document, result);
    for (int k = 0; k < result.periods().size(); k++) {
      PeriodRollForward period = result.periods().get(k);
      document.heading(2, "Period " + period.firstDay() + " to " + period.end());
      document.table(rollForward(period));
      PeriodRollForward yearToDate = result.yearToDate().get(k);
      if (!yearToDate.start().equals(period.start())) {
        document.heading(3, "Fiscal year to date " + yearToDate.firstDay() + " to " + yearToDate.end());
        document.table(rollForward(yearToDate));
      }
    }
    attribution.ifPresent(split -> AttributionReport.write(result, split, document));
    document.heading(2, "Change in fair value of warrant liability in earnings");
    document.paragraph("A rise in the liability is a charge to earnings (a loss); a fall is a gain. Per share:"
        + " the change divided by the weighted-average common shares, rounded to the cent."
        + " * Day-weighted average of the periods' share figures.");
    document.table(earnings(result));
    if (!result.events().isEmpty()) {
      document.heading(2, "Events");
      document.paragraph("Each measured on its date in the book outstanding that day, with that date's inputs and the"
          + " same seed. Per warrant: Monte Carlo value ± standard error.");
      document.table(events(result.events()));
    }
    CalibrationSection.write(document, result);
    document.heading(2, "Level 3 fair value measurements: inputs");
    for (ReportingDateMeasurement measurement : result.measurements()) {
      document.heading(3, "As of " + measurement.date());
      document.table(level3(result, measurement));
      document.bullets(financings(result, measurement));
    }
    MemoSections.ranges(document, result);
    MemoSections.reperformance(document, run);
    if (!run.input().notes().isEmpty()) {
      document.heading(2, "Notes");
      document.bullets(run.input().notes());
    }
    MemoSections.audit(document, run);
  }

  private static String introduction(RollForwardRun run) {
    LiabilityRollForward result = run.result();
    SimulationSettings settings = result.plan().settings();
    return String.format(Locale.US, "Input %s. Fiscal year starts on %s. Opening balance measured on %s;"
        + " %d reporting period%s. Every measurement: %,d paths%s, seed %d, control variate %s; the same"
        + " seed on every date, so each figure can be re-run on its own with `warrantlab value`. Amounts"
        + " in %s; reductions of the liability in parentheses.",
        run.source(), fiscalYearStart(result), result.plan().opening().date(),
        result.periods().size(), result.periods().size() == 1 ? "" : "s", settings.simulatedPaths(),
        SamplingText.paths(settings), settings.seed(), settings.controlVariate() ? "on" : "off",
        run.input().entity().currencyText());
  }

  private static String fiscalYearStart(LiabilityRollForward result) {
    MonthDay start = result.plan().calendar().yearStart();
    return start.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + start.getDayOfMonth();
  }

  static TextTable rollForward(PeriodRollForward span) {
    List<String> headers = new ArrayList<>(List.of(""));
    span.tranches().forEach(line -> headers.add(line.trancheId()));
    headers.add("Total");
    TextTable table = new TextTable(headers);
    table.row(amounts(span, "Opening balance " + span.start(), RollForwardLine::opening));
    for (LineItem item : LineItem.values()) {
      table.row(amounts(span, item.caption(), line -> line.amount(item)));
    }
    table.row(amounts(span, "Closing balance " + span.end(), RollForwardLine::closing));
    return table;
  }

  private static List<String> amounts(PeriodRollForward span, String caption,
      Function<RollForwardLine, BigDecimal> column) {
    List<String> cells = new ArrayList<>(List.of(caption));
    for (TrancheLine line : span.tranches()) {
      cells.add(Amounts.money(column.apply(line.line())));
    }
    cells.add(Amounts.money(column.apply(span.total())));
    return cells;
  }

  private static TextTable earnings(LiabilityRollForward result) {
    TextTable table = new TextTable(List.of("Period", "Change in fair value", "Weighted-average shares",
        "Per share", "Year to date", "YTD change", "YTD shares", "YTD per share"), 1).together(1, 3).together(4, 7);
    for (int k = 0; k < result.periods().size(); k++) {
      PeriodRollForward period = result.periods().get(k);
      PeriodRollForward yearToDate = result.yearToDate().get(k);
      List<String> row = new ArrayList<>(List.of(period.firstDay() + " to " + period.end()));
      row.addAll(effect(period.earnings()));
      row.add(yearToDate.firstDay() + " to " + yearToDate.end());
      row.addAll(effect(yearToDate.earnings()));
      table.row(row);
    }
    return table;
  }

  private static List<String> effect(EarningsEffect effect) {
    return List.of(Amounts.money(effect.changeInFairValue()),
        Amounts.count(effect.weightedAverageShares()) + (effect.sharesDayWeighted() ? "*" : ""),
        Amounts.money(effect.perShare()));
  }

  private static TextTable events(List<RecordedEvent> events) {
    TextTable table = new TextTable(List.of("Date", "Tranche", "Event", "Terms", "Booked to", "Warrants",
        "Per warrant before", "Per warrant after", "Amount"), 5);
    for (RecordedEvent recorded : events) {
      boolean measured = recorded.perWarrantBefore().isPresent() || recorded.perWarrantAfter().isPresent();
      table.row(recorded.event().date().toString(), recorded.event().trancheId(), EventText.kind(recorded.event()),
          EventText.terms(recorded), measured ? recorded.event().lineItem().caption() : "nothing (terms only)",
          Amounts.count(recorded.count()),
          recorded.perWarrantBefore().map(Amounts::estimate).orElse(""),
          recorded.perWarrantAfter().map(Amounts::estimate).orElse(""),
          Amounts.money(recorded.amount()));
    }
    return table;
  }

  /** The inputs of each tranche on the date; a tranche calibrated at issue is marked and shows its carried input. */
  private static TextTable level3(LiabilityRollForward result, ReportingDateMeasurement measurement) {
    TextTable table = new TextTable(List.of("Tranche", "Warrants", "Share price", "Exercise price",
        "Shares/warrant", "Volatility", "Risk-free rate", "Term (years)", "Dividend yield", "Per warrant",
        "Std error", "Fair value"));
    for (TrancheMeasurement tranche : measurement.tranches()) {
      Warrant warrant = tranche.valuation().warrant().warrant();
      MarketData market = result.marketOf(warrant.id(), measurement);
      double term = tranche.valuation().warrant().timeToExpiry();
      String mark = result.calibrationOf(warrant.id()).isPresent() ? " (calibrated)" : "";
      table.row(warrant.id() + mark, Amounts.count(warrant.count()), Amounts.price(market.spot()),
          Amounts.price(warrant.exercisePrice()), Amounts.price(warrant.sharesPerWarrant()),
          Amounts.percent(market.volatility().termVolatility(term)),
          TermsText.rate(TermsText.rateAt(market.riskFreeRate(), term)), String.format(Locale.US, "%.3f", term),
          Amounts.percent(market.dividendYield()), Amounts.price(tranche.valuation().perWarrant().value()),
          standardError(tranche.valuation(), market), Amounts.money(tranche.fairValue()));
    }
    table.row("Total", "", "", "", "", "", "", "", "", "", "", Amounts.money(measurement.totalFairValue()));
    return table;
  }

  /** A tranche's standard error, or what stands in its place when it is no sampling error. */
  private static String standardError(TrancheValuation valuation, MarketData market) {
    return switch (Resolution.of(valuation, market)) {
      case SAMPLED -> Amounts.price(valuation.perWarrant().standardError());
      case EXACT_BY_CONTROL_VARIATE -> "exact";
      case NO_PAYING_PATH, FEW_PAYING_PATHS -> "unresolved";
    };
  }

  private static List<String> financings(LiabilityRollForward result, ReportingDateMeasurement measurement) {
    List<String> lines = new ArrayList<>();
    for (TrancheMeasurement tranche : measurement.tranches()) {
      String id = tranche.valuation().warrant().warrant().id();
      Resolution resolution = Resolution.of(tranche.valuation(), result.marketOf(id, measurement));
      if (resolution != Resolution.SAMPLED) {
        lines.add("Tranche " + id + ": " + resolution.text() + ".");
      }
    }
    lines.add(String.format(Locale.US, "Standard error of the total: %,.2f. Shares outstanding: %,d.",
        measurement.totalStandardError(), measurement.inputs().market().sharesOutstanding()));
    if (measurement.inputs().financings().isEmpty()) {
      lines.add("Financing assumptions: none.");
    }
    measurement.inputs().financings().forEach(f -> lines.add("Financing assumption: " + TermsText.financing(f)));
    return lines;
  }
}
