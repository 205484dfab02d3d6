package org.warrantlab.cli;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.cli.report.CsvReport;
import org.warrantlab.cli.report.JsonReport;
import org.warrantlab.cli.report.TableReport;
import org.warrantlab.cli.report.ValuationRun;
import org.warrantlab.cli.workbook.ValuationWorkbook;
import org.warrantlab.montecarlo.SimulationPlan;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.simulation.MemoryEstimate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "value", mixinStandardHelpOptions = true,
    description = "Values each warrant tranche in FILE by Monte Carlo and prints the fair values.",
    footer = {"", "Examples:", "  warrantlab value examples/capstone-2009-09-30.json",
        "  warrantlab value examples/hull-dilution.json --format json --paths 400000 \\",
        "      --output hull.json",
        "  warrantlab value examples/capstone-2009-09-30.json --format xlsx \\",
        "      --output capstone.xlsx"})
final class ValueCommand implements Callable<Integer>, PlannedRun {

  /** Output formats of the valuation. */
  enum ValueFormat {
    TABLE, JSON, CSV, XLSX
  }

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private WarrantlabCommand parent;

  @Mixin
  private SimulationOptions simulation;

  @Mixin
  private FormatOption format = new FormatOption(ValueFormat.class);

  @Mixin
  private OutputOptions output;

  @Mixin
  private PrecisionOptions precision;

  @Override
  public Integer call() {
    ValueFormat chosen = format.get(ValueFormat.class);
    if (chosen == ValueFormat.XLSX) {
      output.requireFile("xlsx");
    }
    ValuationInput input = simulation.input();
    SimulationSettings settings = simulation.settings(input);
    simulation.checkMemory(MemoryEstimate::ofValuation, input, precision.largestRun(settings));
    long start = System.nanoTime();
    BookValuation valuation = simulation.progress.watch(spec, "Value",
        () -> precision.value(input, settings, spec, parent.valuer()));
    FiniteValues.check(valuation, simulation.file);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    ValuationRun run = new ValuationRun(simulation.file.toString(), input, valuation, elapsed,
        AuditTrail.of(simulation.file, valuation.settings(), valuation.simulatedPaths()));
    if (chosen == ValueFormat.XLSX) {
      output.deliver(ValuationWorkbook.bytes(run), Map.of());
      return 0;
    }
    String report = switch (chosen) {
      case TABLE -> TableReport.render(run, format.wide());
      case JSON -> JsonReport.render(run);
      case CSV -> CsvReport.render(run);
      case XLSX -> throw new IllegalStateException("the workbook is written above");
    };
    output.deliver(spec, report);
    return 0;
  }

  @Override
  public SimulationPlan<BookValuation> plan() {
    ValuationInput input = simulation.input();
    return PrecisionOptions.plan(input, simulation.settings(input));
  }
}
