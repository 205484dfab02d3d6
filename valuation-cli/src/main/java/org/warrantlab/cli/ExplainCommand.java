package org.warrantlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.cli.report.Wrapped;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.MonteCarloWarrantPricer;
import org.warrantlab.simulation.HolderChoice;
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
        "--first reset|financing|early-exercise replays the first path of the run with",
        "such an event (of --tranche ID, or of any tranche; with --first financing, a",
        "financing while ID is outstanding).", "",
        "Examples:", "  warrantlab explain examples/capstone-2009-09-30.json --path 17",
        "  warrantlab explain examples/capstone-2009-09-30.json --first reset \\",
        "      --tranche 2008-09"})
final class ExplainCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private SimulationOptions simulation;

  @Option(names = "--path", paramLabel = "K", description = "Index of the path to replay.")
  private Optional<Long> path = Optional.empty();

  @Option(names = "--first", paramLabel = "KIND", description = "Replay the first path with a reset, a financing or"
      + " an early exercise: reset | financing | early-exercise.")
  private Optional<String> first = Optional.empty();

  @Option(names = "--tranche", paramLabel = "ID", description = "With --first: the tranche whose event is looked"
      + " for.")
  private Optional<String> tranche = Optional.empty();

  @Option(names = "--wide", description = "Each event on one line, however long; by default the details wrap"
      + " within 120 columns.")
  private boolean wide;

  @Override
  public Integer call() {
    if (path.isPresent() == first.isPresent()) {
      throw new UserError("explain needs either --path K or --first reset|financing|early-exercise");
    }
    if (tranche.isPresent() && first.isEmpty()) {
      throw new UserError("--tranche goes with --first");
    }
    Optional<FirstPathOption> kind = first.map(FirstPathOption::parse);
    SimulationOptions.Request request = simulation.request(MemoryEstimate::ofExplanation);
    ValuationInput input = request.input();
    SimulationSettings settings = request.settings();
    tranche.filter(id -> input.book().stream().noneMatch(w -> w.warrant().id().equals(id))).ifPresent(id -> {
      throw new UserError("--tranche " + id + " is not a tranche of " + simulation.file + "; its tranches are "
          + String.join(", ", input.book().stream().map(w -> w.warrant().id()).toList()));
    });
    PathExplanation explanation;
    try {
      explanation = kind.isPresent() ? MonteCarloWarrantPricer.DEFAULT.first(input.book(), input.financings(),
          input.events(), input.market(), settings, kind.get().wanted(tranche)).orElseThrow(() -> new UserError(
              "no path of the " + String.format(Locale.US, "%,d", settings.simulatedPaths()) + " of "
              + simulation.file + " has " + kind.get().describe(tranche)))
          : MonteCarloWarrantPricer.DEFAULT.explain(input.book(), input.financings(), input.events(), input.market(),
              settings, path.get());
    } catch (InvalidValueException e) {
      throw new UserError("--" + e.field() + " " + e.problem());
    }
    PrintWriter out = spec.commandLine().getOut();
    kind.ifPresent(k -> out.printf(Locale.US, "The first path with %s is path %d.%n", k.describe(tranche),
        explanation.path()));
    out.print(Wrapped.paragraph(String.format(Locale.US, "Path %d of %,d — %s — seed %d%s", explanation.path(),
        settings.simulatedPaths(), simulation.file, settings.seed(), pathOrigin(settings, explanation.path())),
        Wrapped.width(wide)));
    out.println();
    out.printf(Locale.US, "%-10s  %-22s  %s%n", "Date", "Event", "Detail");
    for (PathEvent event : explanation.events()) {
      out.print(Wrapped.line(String.format(Locale.US, "%-10s  %-22s  ", event.date(), title(event)), detail(event),
          Wrapped.width(wide)));
    }
    out.println();
    out.println("Discounted payoff per warrant on this path:");
    for (int j = 0; j < input.book().size(); j++) {
      out.printf(Locale.US, "  %-12s %.6f%n", input.book().get(j).warrant().id(), explanation.discountedPayoffs()[j]);
    }
    out.println();
    out.print(Wrapped.paragraph(AuditTrail.of(simulation.file, settings, settings.simulatedPaths()).tableLine(),
        Wrapped.width(wide)));
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
    if (event instanceof PathEvent.NoticeEvent notice) {
      return "notice " + notice.trancheId();
    }
    if (event instanceof PathEvent.RedemptionEvent redemption) {
      return "redemption " + redemption.trancheId();
    }
    if (event instanceof PathEvent.TransactionEvent transaction) {
      return "fundamental transaction " + transaction.trancheId();
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
    if (event instanceof PathEvent.NoticeEvent n) {
      return String.format(Locale.US, "%d of %d closes at or above the trigger %.4f: redemption on %s", n.hits(),
          n.window(), n.triggerPrice(), n.redemptionDate());
    }
    if (event instanceof PathEvent.RedemptionEvent r) {
      String makeWhole = Double.isNaN(r.fairMarketValue()) ? ""
          : String.format(Locale.US, ", fair market value %.4f, make-whole %.4f shares per warrant",
              r.fairMarketValue(), r.makeWholeShares());
      return String.format(Locale.US, "share price %.4f%s: holder takes %s, discounted payoff %.6f", r.sharePrice(),
          makeWhole, holderChoice(r.choice()), r.discountedPayoff());
    }
    if (event instanceof PathEvent.TransactionEvent t) {
      return String.format(Locale.US, "share price %.4f, volatility %.4f: Black-Scholes value %.6f against holding"
          + " %.6f per warrant: holder %s", t.sharePrice(), t.volatility(), t.blackScholesValue(), t.holdValue(),
          t.taken() ? "takes the Black-Scholes value" : "holds on");
    }
    PathEvent.SettlementEvent e = (PathEvent.SettlementEvent) event;
    return String.format(Locale.US, "share price %.4f, exercise price %.4f, %.4f shares per warrant,"
        + " dilution %.4f: discounted payoff %.6f", e.sharePrice(), e.exercisePrice(), e.sharesPerWarrant(),
        e.dilutionFactor(), e.discountedPayoff());
  }

  private static String holderChoice(HolderChoice choice) {
    return switch (choice) {
      case EXERCISE -> "exercise";
      case MAKE_WHOLE -> "make-whole shares";
      case REDEMPTION_PRICE -> "the redemption price";
    };
  }
}
