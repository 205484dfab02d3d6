package org.warrantlab.cli.report;

import java.util.Locale;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.TrancheValuation;

/** The valuation as a plain-text table an accountant can paste into a working paper. */
public final class TableReport {

  private static final String ROW = "%-12s %14s %9s %9s %-10s %7s %12s %10s %23s %12s %18s%n";

  private TableReport() {
  }

  public static String render(ValuationRun run) {
    BookValuation valuation = run.valuation();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.US, "Warrant fair value — %s — valuation date %s%n%n", run.source(),
        valuation.market().valuationDate()));
    run.input().entity().name().ifPresent(name -> out.append("Entity: ").append(name).append(System.lineSeparator()));
    run.input().entity().currency().ifPresent(code -> out.append("Currency: ").append(code)
        .append(System.lineSeparator()).append(System.lineSeparator()));
    appendMarket(out, valuation.market());
    out.append(String.format(Locale.US, ROW, "Tranche", "Warrants", "Shares/wt", "Exercise", "Expiry",
        "Term(y)", "Per warrant", "Std error", "95% interval", "Closed form", "Fair value"));
    for (TrancheValuation tranche : valuation.tranches()) {
      appendTranche(out, tranche);
    }
    out.append(String.format(Locale.US, ROW, "Total", "", "", "", "", "", "", "", "", "",
        money(valuation.total().value())));
    out.append(String.format(Locale.US, ROW, "  std error", "", "", "", "", "", "", "", "", "",
        money(valuation.total().standardError())));
    out.append(System.lineSeparator());
    appendTerms(out, run);
    appendSimulation(out, run);
    appendNotes(out, run);
    out.append(System.lineSeparator()).append("Audit trail: ").append(run.audit().sentence())
        .append(" Run finished ").append(run.audit().clockTime()).append('.').append(System.lineSeparator());
    return out.toString();
  }

  private static void appendMarket(StringBuilder out, MarketData market) {
    out.append("Inputs\n");
    out.append(String.format(Locale.US, "  %-28s %,.4f%n", "Share price", market.spot()));
    out.append(String.format(Locale.US, "  %-28s %.2f%%%n", "Volatility (annualised)", 100 * market.volatility()));
    out.append(String.format(Locale.US, "  %-28s %s%n", "Risk-free rate", TermsText.rate(market.riskFreeRate())));
    out.append(String.format(Locale.US, "  %-28s %.2f%%%n", "Dividend yield", 100 * market.dividendYield()));
    out.append(String.format(Locale.US, "  %-28s %,d%n%n", "Shares outstanding", market.sharesOutstanding()));
  }

  private static void appendTranche(StringBuilder out, TrancheValuation tranche) {
    ResolvedWarrant resolved = tranche.warrant();
    Warrant warrant = resolved.warrant();
    String closedForm = tranche.closedFormPerWarrant().isPresent()
        ? String.format(Locale.US, "%.4f", tranche.closedFormPerWarrant().getAsDouble()) : "n/a";
    out.append(String.format(Locale.US, ROW, warrant.id(),
        String.format(Locale.US, "%,d", warrant.count()),
        String.format(Locale.US, "%.4f", warrant.sharesPerWarrant()),
        String.format(Locale.US, "%.4f", warrant.exercisePrice()),
        warrant.expiryDate(),
        String.format(Locale.US, "%.3f", resolved.timeToExpiry()),
        String.format(Locale.US, "%.4f", tranche.perWarrant().value()),
        String.format(Locale.US, "%.4f", tranche.perWarrant().standardError()),
        String.format(Locale.US, "%.4f – %.4f", tranche.perWarrant().lower95(), tranche.perWarrant().upper95()),
        closedForm,
        money(tranche.fairValue().value())));
  }

  private static void appendTerms(StringBuilder out, ValuationRun run) {
    out.append("Anti-dilution terms\n");
    for (TrancheValuation tranche : run.valuation().tranches()) {
      out.append(String.format(Locale.US, "  %-12s %s%n", tranche.warrant().warrant().id(),
          TermsText.protection(tranche.warrant().warrant())));
    }
    out.append("Exercise\n");
    for (TrancheValuation tranche : run.valuation().tranches()) {
      out.append(String.format(Locale.US, "  %-12s %s%n", tranche.warrant().warrant().id(),
          ExerciseText.describe(tranche)));
      ExerciseText.bounds(tranche).ifPresent(line -> out.append("  ").append(" ".repeat(13)).append(line)
          .append(System.lineSeparator()));
      ExerciseText.warning(tranche).ifPresent(line -> out.append("  ").append(" ".repeat(13)).append(line)
          .append(System.lineSeparator()));
    }
    out.append("Financing assumptions\n");
    if (run.input().financings().isEmpty()) {
      out.append("  none\n");
    }
    for (int i = 0; i < run.input().financings().size(); i++) {
      out.append(String.format(Locale.US, "  [%d] %s%n", i, TermsText.financing(run.input().financings().get(i))));
    }
    out.append(System.lineSeparator());
  }

  private static void appendSimulation(StringBuilder out, ValuationRun run) {
    BookValuation valuation = run.valuation();
    SimulationSettings settings = valuation.settings();
    out.append(String.format(Locale.US, "Simulation: %,d paths%s, seed %d, control variate %s, %d thread%s, %.2f s%n",
        valuation.simulatedPaths(), SamplingText.paths(settings), settings.seed(),
        settings.controlVariate() ? "on where it applies" : "off", settings.threads(),
        settings.threads() == 1 ? "" : "s", run.elapsed().toNanos() / 1e9));
    if (valuation.tranches().stream().anyMatch(tranche -> tranche.earlyExercise().isPresent())) {
      out.append(ExerciseText.method(settings)).append(".\n");
    }
    out.append("Closed form: Black–Scholes value per warrant (× dilution factor), where the contract has one.\n");
  }

  private static void appendNotes(StringBuilder out, ValuationRun run) {
    if (!run.input().notes().isEmpty()) {
      out.append(System.lineSeparator()).append("Notes\n");
      run.input().notes().forEach(note -> out.append("  - ").append(note).append(System.lineSeparator()));
    }
  }

  private static String money(double amount) {
    return String.format(Locale.US, "%,.2f", amount);
  }
}
