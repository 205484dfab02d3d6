package org.warrantlab.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.cli.report.CsvReport;
import org.warrantlab.cli.report.Format;
import org.warrantlab.cli.report.JsonReport;
import org.warrantlab.cli.report.TableReport;
import org.warrantlab.cli.report.ValuationRun;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.simulation.MemoryEstimate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "value", mixinStandardHelpOptions = true,
    description = "Values each warrant tranche in FILE by Monte Carlo and prints the fair values.",
    footer = {"", "Examples:", "  warrantlab value examples/capstone-2009-09-30.json",
        "  warrantlab value examples/hull-dilution.json --format json --paths 400000 \\",
        "      --output hull.json"})
final class ValueCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private SimulationOptions simulation;

  @Mixin
  private FormatOption format = new FormatOption(Format.class);

  @Mixin
  private OutputOptions output;

  @Mixin
  private PrecisionOptions precision;

  @Override
  public Integer call() {
    ValuationInput input = simulation.input();
    SimulationSettings settings = simulation.settings(input);
    simulation.checkMemory(MemoryEstimate::ofValuation, input, precision.largestRun(settings));
    long start = System.nanoTime();
    BookValuation valuation = precision.value(input, settings, spec);
    FiniteValues.check(valuation, simulation.file);
    ValuationRun run = new ValuationRun(simulation.file.toString(), input, valuation,
        Duration.ofNanos(System.nanoTime() - start));
    String report = switch (format.get(Format.class)) {
      case TABLE -> TableReport.render(run);
      case JSON -> JsonReport.render(run);
      case CSV -> CsvReport.render(run);
    };
    output.deliver(spec, report);
    return 0;
  }
}
