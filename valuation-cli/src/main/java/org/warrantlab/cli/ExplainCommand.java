package org.warrantlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.MonteCarloWarrantPricer;
import org.warrantlab.simulation.MemoryEstimate;
import org.warrantlab.simulation.PathEvent;
import org.warrantlab.simulation.PathExplanation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Replays one simulated path of FILE's valuation and prints its events: each financing's"
        + " date, price and shares, and each tranche's exercise price and share count before and after.",
    footer = {"", "Paths count from 0 in the order `value` simulates them (same seed, same paths);",
        "with antithetic variates, path 2k+1 is the mirror of path 2k. With Sobol points",
        "(simulation.method SOBOL) they run randomisation by randomisation.", "",
        "Examples:", "  warrantlab explain examples/capstone-2009-09-30.json --path 17"})
final class ExplainCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private SimulationOptions simulation;

  @Option(names = "--path", paramLabel = "K", required = true, description = "Index of the path to replay.")
  private long path;

  @Override
  public Integer call() {
    SimulationOptions.Request request = simulation.request(MemoryEstimate::ofExplanation);
    ValuationInput input = request.input();
    SimulationSettings settings = request.settings();
    PathExplanation explanation;
    try {
      explanation = MonteCarloWarrantPricer.DEFAULT.explain(input.book(), input.financings(), input.market(),
          settings, path);
    } catch (InvalidValueException e) {
      throw new UserError("--" + e.field() + " " + e.problem());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.US, "Path %d of %,d — %s — seed %d%s%n%n", path, settings.simulatedPaths(),
        simulation.file, settings.seed(), pathOrigin(settings, path));
    out.printf(Locale.US, "%-10s  %-22s  %s%n", "Date", "Event", "Detail");
    for (PathEvent event : explanation.events()) {
      out.printf(Locale.US, "%-10s  %-22s  %s%n", event.date(), title(event), detail(event));
    }
    out.println();
    out.println("Discounted payoff per warrant on this path:");
    for (int j = 0; j < input.book().size(); j++) {
      out.printf(Locale.US, "  %-12s %.6f%n", input.book().get(j).warrant().id(), explanation.discountedPayoffs()[j]);
    }
    out.println();
    out.println(AuditTrail.of(simulation.file, settings, settings.simulatedPaths()).tableLine());
    out.flush();
    return 0;
  }

  /** Where the path comes from, when that is more than its index: a mirror, or a Sobol point. */
  private static String pathOrigin(SimulationSettings settings, long path) {
    if (settings.sampling().quasiRandom()) {
      long points = settings.pointsPerRandomisation();
      return String.format(Locale.US, " — Sobol point %d of randomisation %d (its payoff enters the estimate"
          + " times a likelihood weight)", path % points, path / points);
    }
    return settings.antitheticPairs() && path % 2 == 1 ? " — antithetic mirror of path " + (path - 1) : "";
  }

  private static String title(PathEvent event) {
    if (event instanceof PathEvent.FinancingEvent financing) {
      return "financing [" + financing.financing() + "]";
    }
    if (event instanceof PathEvent.ResetEvent reset) {
      return "reset " + reset.trancheId();
    }
    PathEvent.SettlementEvent settlement = (PathEvent.SettlementEvent) event;
    return (settlement.early() ? "exercise " : "expiry ") + settlement.trancheId();
  }

  private static String detail(PathEvent event) {
    if (event instanceof PathEvent.FinancingEvent f) {
      return String.format(Locale.US, "close %.4f, VWAP %.4f, issue price %.4f, %,.0f new shares,"
          + " %,.0f outstanding after, share price after %.4f", f.close(), f.vwap(), f.issuePrice(), f.shares(),
          f.sharesOutstandingAfter(), f.priceAfter());
    }
    if (event instanceof PathEvent.ResetEvent r) {
      return String.format(Locale.US, "%s: exercise price %.4f -> %.4f, shares per warrant %.4f -> %.4f",
          r.cause(), r.exercisePriceBefore(), r.exercisePriceAfter(), r.sharesPerWarrantBefore(),
          r.sharesPerWarrantAfter());
    }
    PathEvent.SettlementEvent e = (PathEvent.SettlementEvent) event;
    return String.format(Locale.US, "share price %.4f, exercise price %.4f, %.4f shares per warrant,"
        + " dilution %.4f: discounted payoff %.6f", e.sharePrice(), e.exercisePrice(), e.sharesPerWarrant(),
        e.dilutionFactor(), e.discountedPayoff());
  }
}
