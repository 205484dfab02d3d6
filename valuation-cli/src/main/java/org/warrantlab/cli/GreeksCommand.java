package org.warrantlab.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.cli.report.Format;
import org.warrantlab.cli.report.GreeksReport;
import org.warrantlab.cli.report.GreeksRun;
import org.warrantlab.pricer.BookGreeks;
import org.warrantlab.pricer.GreeksPricer;
import org.warrantlab.pricer.SimulationSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "greeks", mixinStandardHelpOptions = true,
    description = {"Delta, gamma, vega, rho and theta of each tranche in FILE and of the book, each with its"
        + " standard error.",
        "By bump-and-revalue on common random numbers (every bumped scenario revalues the same paths); for plain"
            + " tranches also pathwise delta and vega and the Black–Scholes Greeks."},
    footer = {"", "Examples:", "  warrantlab greeks examples/plain-warrant.json",
        "  warrantlab greeks examples/capstone-2009-09-30.json --format json"})
final class GreeksCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private SimulationOptions simulation;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table | json | csv (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Mixin
  private OutputOptions output;

  @Override
  public Integer call() {
    ValuationInput input = simulation.input();
    SimulationSettings settings = simulation.settings(input);
    long start = System.nanoTime();
    BookGreeks greeks;
    try {
      greeks = GreeksPricer.DEFAULT.greeks(input.book(), input.financings(), input.market(), settings);
    } catch (InvalidValueException e) {
      throw new UserError(simulation.file + ": " + e.field() + " " + e.problem());
    }
    GreeksRun run = new GreeksRun(simulation.file.toString(), input, greeks, Duration.ofNanos(System.nanoTime() - start));
    output.deliver(spec, GreeksReport.render(run, format));
    return 0;
  }
}
