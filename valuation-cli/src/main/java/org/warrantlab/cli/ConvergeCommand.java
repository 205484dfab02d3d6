package org.warrantlab.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.chart.ConvergenceChart;
import org.warrantlab.cli.report.ConvergenceReport;
import org.warrantlab.cli.report.ConvergenceRun;
import org.warrantlab.cli.report.Format;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.sweep.Measure;
import org.warrantlab.sweep.PathCounts;
import org.warrantlab.sweep.ValuationCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "converge", mixinStandardHelpOptions = true,
    description = {"Values FILE at growing path counts and prints the estimate, its standard error and 95%%"
        + " interval at each.",
        "The counts double from --start up to the file's simulation.paths (or --paths); every run uses the same"
            + " seed, so each run's paths begin with the previous run's."},
    footer = {"", "Examples:", "  warrantlab converge examples/plain-warrant.json --chart convergence.png",
        "  warrantlab converge examples/capstone-2009-09-30.json --tranche 2008-09 \\",
        "      --start 2000 --paths 512000"})
final class ConvergeCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private SimulationOptions simulation;

  @Option(names = "--start", paramLabel = "N", defaultValue = "1000",
      description = "Paths of the first run (default: ${DEFAULT-VALUE}); each later run doubles it.")
  private long start;

  @Mixin
  private MeasureOption measureOption;

  @Mixin
  private FormatOption format = new FormatOption(Format.class);

  @Mixin
  private OutputOptions output;

  @Mixin
  private ChartOptions charts;

  @Mixin
  private ProgressOptions progress;

  @Override
  public Integer call() {
    StudyCases input = new StudyCases(simulation);
    Measure measure = measureOption.measure(input);
    ValuationCase base = input.baseCase();
    SimulationSettings settings = base.settings();
    List<ValuationCase> cases;
    try {
      cases = PathCounts.doubling(start, settings.paths()).stream()
          .map(paths -> base.withSettings(settings.withPaths(paths))).toList();
    } catch (InvalidValueException e) {
      throw new UserError("--" + e.field() + " " + e.problem());
    }
    StudyCases.Valued runs = input.valueAll(cases, progress, spec, "Converge", CaseValuer.LOCAL);
    ConvergenceRun run = new ConvergenceRun(simulation.file.toString(), input.base(), measure, runs.values(),
        runs.threads(), runs.elapsed(), AuditTrail.of(simulation.file, settings,
        runs.values().get(runs.values().size() - 1).simulatedPaths()));
    String report = ConvergenceReport.render(run, format.get(Format.class), format.wide());
    output.deliver(spec, report, charts.render(() -> ConvergenceChart.of(run)));
    return 0;
  }
}
