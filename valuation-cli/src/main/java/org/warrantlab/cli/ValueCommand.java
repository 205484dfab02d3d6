package org.warrantlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.input.InputException;
import org.warrantlab.cli.input.JsonFiles;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.cli.input.ValuationInputReader;
import org.warrantlab.cli.report.CsvReport;
import org.warrantlab.cli.report.Format;
import org.warrantlab.cli.report.JsonReport;
import org.warrantlab.cli.report.TableReport;
import org.warrantlab.cli.report.ValuationRun;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.MonteCarloWarrantPricer;
import org.warrantlab.pricer.SimulationSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "value", mixinStandardHelpOptions = true,
    description = "Values each warrant tranche in FILE by Monte Carlo and prints the fair values.",
    footer = {"", "Example:", "  warrantlab value examples/plain-warrant.json --format table",
        "  warrantlab value examples/hull-dilution.json --format json --paths 400000 --output hull.json"})
final class ValueCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Input JSON (see README: input schema).")
  private Path file;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table | json | csv (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--paths", paramLabel = "N", description = "Simulated paths; overrides simulation.paths.")
  private Long paths;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed; overrides simulation.seed.")
  private Long seed;

  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads (default: all cores). The result does not depend on it.")
  private Integer threads;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Write the report to PATH (atomically) instead of standard output.")
  private Path output;

  @Override
  public Integer call() {
    ValuationInput input = readInput();
    SimulationSettings settings = overridden(input.simulation());
    long start = System.nanoTime();
    BookValuation valuation = MonteCarloWarrantPricer.DEFAULT.value(input.book(), input.market(), settings);
    ValuationRun run = new ValuationRun(file.toString(), valuation, Duration.ofNanos(System.nanoTime() - start));
    String report = switch (format) {
      case TABLE -> TableReport.render(run);
      case JSON -> JsonReport.render(run);
      case CSV -> CsvReport.render(run);
    };
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(report);
      out.flush();
    } else {
      OutputFile.write(output, report);
    }
    return 0;
  }

  private ValuationInput readInput() {
    try {
      return ValuationInputReader.read(JsonFiles.read(file));
    } catch (InputException e) {
      throw UserError.in(file, e);
    }
  }

  private SimulationSettings overridden(SimulationSettings fromFile) {
    try {
      return new SimulationSettings(
          paths != null ? paths : fromFile.paths(),
          seed != null ? seed : fromFile.seed(),
          fromFile.antithetic(),
          fromFile.controlVariate(),
          threads != null ? threads : fromFile.threads());
    } catch (InvalidValueException e) {
      throw new UserError("--" + e.field() + " " + e.problem());
    }
  }
}
