package org.warrantlab.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.TrancheValuation;

/** The valuation as a plain-text table an accountant can paste into a working paper. */
public final class TableReport {

  /** With {@code --wide}: every column, the 95% interval too. */
  private static final String WIDE_ROW = "%-12s %14s %9s %9s %-10s %7s %12s %10s %23s %12s %18s%n";
  /** By default, within 120 columns: the interval is the estimate ± 1.96 standard errors, said below the table. */
  private static final String ROW = "%-12s %11s %9s %8s %-10s %7s %11s %9s %11s %16s%n";

  /** The table, fitting {@link Wrapped#COLUMNS} columns unless {@code wide}. */
  public static String render(ValuationRun run, boolean wide) {
    return new TableReport(wide).table(run);
  }

  private final boolean wide;
  private final int width;

  private TableReport(boolean wide) {
    this.wide = wide;
    this.width = wide ? 0 : Wrapped.COLUMNS;
  }

  private String row(Object... cells) {
    if (wide) {
      return String.format(Locale.US, WIDE_ROW, cells);
    }
    List<Object> narrow = new ArrayList<>(List.of(cells));
    narrow.remove(8);
    return String.format(Locale.US, ROW, narrow.toArray());
  }

  private String table(ValuationRun run) {
    BookValuation valuation = run.valuation();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.US, "Warrant fair value — %s — valuation date %s%n%n", run.source(),
        valuation.market().valuationDate()));
    run.input().entity().name().ifPresent(name -> out.append("Entity: ").append(name).append(System.lineSeparator()));
    run.input().entity().currency().ifPresent(code -> out.append("Currency: ").append(code)
        .append(System.lineSeparator()).append(System.lineSeparator()));
    appendMarket(out, valuation.market());
    out.append(row("Tranche", "Warrants", "Shares/wt", "Exercise", "Expiry", "Term(y)", "Per warrant", "Std error",
        "95% interval", "Closed form", "Fair value"));
    for (TrancheValuation tranche : valuation.tranches()) {
      appendTranche(out, tranche, Resolution.of(tranche, valuation.market()));
    }
    out.append(row("Total", "", "", "", "", "", "", "", "", "", money(valuation.total().value())));
    boolean exact = valuation.tranches().stream()
        .allMatch(t -> Resolution.of(t, valuation.market()) == Resolution.EXACT_BY_CONTROL_VARIATE);
    out.append(row("  std error", "", "", "", "", "", "", "", "", "",
        exact ? "exact" : money(valuation.total().standardError())));
    if (!wide) {
      out.append("95% interval: per warrant ± 1.96 standard errors (shown with --wide).\n");
    }
    for (TrancheValuation tranche : valuation.tranches()) {
      Resolution resolution = Resolution.of(tranche, valuation.market());
      if (resolution != Resolution.SAMPLED) {
        out.append(Wrapped.line(String.format(Locale.US, "  %s: ", tranche.warrant().warrant().id()),
            resolution.text(), width));
      }
    }
    out.append(System.lineSeparator());
    if (TermMatchedInputs.apply(valuation.market())) {
      out.append(TermMatchedInputs.text(valuation, width));
    }
    appendTerms(out, run);
    appendSimulation(out, run);
    appendNotes(out, run);
    out.append(System.lineSeparator()).append(Wrapped.paragraph(run.audit().tableLine(), width));
    return out.toString();
  }

  private void appendMarket(StringBuilder out, MarketData market) {
    out.append("Inputs\n");
    out.append(String.format(Locale.US, "  %-28s %,.4f%n", "Share price", market.spot()));
    out.append(Wrapped.line(String.format(Locale.US, "  %-28s ", "Volatility (annualised)"),
        TermsText.volatility(market.volatility()), width));
    out.append(Wrapped.line(String.format(Locale.US, "  %-28s ", "Risk-free rate"),
        TermsText.rate(market.riskFreeRate()), width));
    out.append(String.format(Locale.US, "  %-28s %.2f%%%n", "Dividend yield", 100 * market.dividendYield()));
    out.append(String.format(Locale.US, "  %-28s %,d%n%n", "Shares outstanding", market.sharesOutstanding()));
  }

  private void appendTranche(StringBuilder out, TrancheValuation tranche, Resolution resolution) {
    ResolvedWarrant resolved = tranche.warrant();
    Warrant warrant = resolved.warrant();
    String closedForm = tranche.closedFormPerWarrant().isPresent()
        ? String.format(Locale.US, "%.4f", tranche.closedFormPerWarrant().getAsDouble()) : "n/a";
    out.append(row(warrant.id(),
        String.format(Locale.US, "%,d", warrant.count()),
        String.format(Locale.US, "%.4f", warrant.sharesPerWarrant()),
        String.format(Locale.US, "%.4f", warrant.exercisePrice()),
        warrant.expiryDate(),
        String.format(Locale.US, "%.3f", resolved.timeToExpiry()),
        String.format(Locale.US, "%.4f", tranche.perWarrant().value()),
        switch (resolution) {
          case SAMPLED -> String.format(Locale.US, "%.4f", tranche.perWarrant().standardError());
          case EXACT_BY_CONTROL_VARIATE -> "exact";
          case NO_PAYING_PATH, FEW_PAYING_PATHS -> "unresolved";
        },
        String.format(Locale.US, "%.4f – %.4f", tranche.perWarrant().lower95(), tranche.perWarrant().upper95()),
        closedForm,
        money(tranche.fairValue().value())));
  }

  private void appendTerms(StringBuilder out, ValuationRun run) {
    out.append("Anti-dilution terms\n");
    for (TrancheValuation tranche : run.valuation().tranches()) {
      out.append(Wrapped.line(String.format(Locale.US, "  %-12s ", tranche.warrant().warrant().id()),
          TermsText.protection(tranche.warrant().warrant()), width));
    }
    out.append("Exercise\n");
    for (TrancheValuation tranche : run.valuation().tranches()) {
      out.append(Wrapped.line(String.format(Locale.US, "  %-12s ", tranche.warrant().warrant().id()),
          ExerciseText.describe(tranche), width));
      ExerciseText.bounds(tranche).ifPresent(line -> out.append(Wrapped.line(" ".repeat(15), line, width)));
      ExerciseText.warning(tranche).ifPresent(line -> out.append(Wrapped.line(" ".repeat(15), line, width)));
    }
    appendPathStatistics(out, run);
    out.append("Financing assumptions\n");
    if (run.input().financings().isEmpty()) {
      out.append("  none\n");
    }
    for (int i = 0; i < run.input().financings().size(); i++) {
      out.append(Wrapped.line(String.format(Locale.US, "  [%d] ", i), TermsText.financing(
          run.input().financings().get(i)), width));
    }
    out.append(System.lineSeparator());
    if (ContingencyText.applies(run.valuation(), run.input().events())) {
      ContingencyText.append(out, run.valuation(), run.input().events(), width);
    }
  }

  /** Per tranche, how often a financing happened and the clause reset on the paths, where the paths were walked. */
  private void appendPathStatistics(StringBuilder out, ValuationRun run) {
    if (run.input().financings().isEmpty()
        || run.valuation().tranches().stream().noneMatch(tranche -> tranche.pathStatistics().isPresent())) {
      return;
    }
    out.append("Financings and resets on the simulated paths\n");
    for (TrancheValuation tranche : run.valuation().tranches()) {
      tranche.pathStatistics().ifPresent(statistics -> out.append(Wrapped.line(String.format(Locale.US, "  %-12s ",
          tranche.warrant().warrant().id()), PathStatisticsText.describe(statistics), width)));
    }
  }

  private void appendSimulation(StringBuilder out, ValuationRun run) {
    BookValuation valuation = run.valuation();
    SimulationSettings settings = valuation.settings();
    out.append(Wrapped.paragraph(String.format(Locale.US, "Simulation: %,d paths%s, seed %d, control variate %s,"
        + Wrapped.BREAK + "%d thread%s, %.2f s", valuation.simulatedPaths(), SamplingText.paths(settings), settings.seed(),
        settings.controlVariate() ? "on where it applies" : "off", settings.threads(),
        settings.threads() == 1 ? "" : "s", run.elapsed().toNanos() / 1e9), width));
    if (valuation.tranches().stream().anyMatch(tranche -> tranche.earlyExercise().isPresent())) {
      out.append(Wrapped.paragraph(ExerciseText.method(settings) + ".", width));
    }
    out.append("Closed form: Black–Scholes value per warrant (× dilution factor), where the contract has one.\n");
  }

  private void appendNotes(StringBuilder out, ValuationRun run) {
    if (!run.input().notes().isEmpty()) {
      out.append(System.lineSeparator()).append("Notes\n");
      run.input().notes().forEach(note -> out.append(Wrapped.line("  - ", note, width)));
    }
  }

  private static String money(double amount) {
    return String.format(Locale.US, "%,.2f", amount);
  }
}
