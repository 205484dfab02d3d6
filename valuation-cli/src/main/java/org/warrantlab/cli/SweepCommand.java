package org.warrantlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.chart.SweepCharts;
import org.warrantlab.cli.report.SweepReport;
import org.warrantlab.cli.report.SweepRun;
import org.warrantlab.cli.workbook.SweepWorkbook;
import org.warrantlab.sweep.Measure;
import org.warrantlab.sweep.SweepAxis;
import org.warrantlab.sweep.SweepGrid;
import org.warrantlab.sweep.ValuationCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Values FILE over a grid of one or two of its numeric inputs and prints the fair values with"
        + " the standard error of every cell.",
        "Any number in the file can be varied by its JSON path: market.spot, market.volatility,"
            + " warrants[0].exercisePrice, financings[0].probability, financings[0].discount, ... Every cell uses"
            + " the same seed (common random numbers), so the surface is smooth; cells run in parallel and the"
            + " result does not depend on the thread count."},
    footer = {"", "Examples:",
        "  warrantlab sweep examples/plain-warrant.json \\",
        "      --vary market.volatility=0.4:1.2:0.1 --chart vol.png",
        "  warrantlab sweep examples/capstone-2009-09-30.json --tranche 2008-09 \\",
        "      --vary market.volatility=0.6:1.0:0.1 --vary market.spot=1.0:1.6:0.15 \\",
        "      --format csv --output surface.csv --chart surface.svg",
        "  warrantlab sweep examples/capstone-2009-09-30.json \\",
        "      --vary 'financings[0].probability=0,0.25,0.5,0.75,1'",
        "  warrantlab sweep examples/plain-warrant.json \\",
        "      --vary market.volatility=0.4:1.2:0.1 --format xlsx --output sweep.xlsx"})
final class SweepCommand implements Callable<Integer>, CaseStudy {

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private WarrantlabCommand parent;

  @Mixin
  private SimulationOptions simulation;

  @Option(names = "--vary", required = true, paramLabel = "PATH=FROM:TO:STEP", converter = VaryConverter.class,
      description = "An input and its values: PATH=FROM:TO:STEP or PATH=V1,V2,...; give it once or twice.")
  private List<SweepAxis> vary;

  @Mixin
  private MeasureOption measureOption;

  @Mixin
  private FormatOption format = new FormatOption(StudyFormat.class);

  @Mixin
  private OutputOptions output;

  @Mixin
  private ChartOptions charts;

  @Mixin
  private ProgressOptions progress;

  @Override
  public Integer call() {
    StudyFormat chosen = format.get(StudyFormat.class);
    if (chosen == StudyFormat.XLSX) {
      output.requireFile("xlsx");
    }
    SweepGrid grid = grid();
    StudyCases input = new StudyCases(simulation);
    Measure measure = measureOption.measure(input);
    StudyCases.Valued cells = input.valueAll(cases(input, grid), progress, spec, "Sweep", parent.valuer());
    SweepRun run = new SweepRun(simulation.file.toString(), input.base(), grid, measure, cells.values(),
        cells.threads(), cells.elapsed(), AuditTrail.of(simulation.file, cells.values().get(0).settings(),
        cells.values().get(0).simulatedPaths()));
    List<OptionalDouble> fileValues = grid.axes().stream().map(axis -> input.fileValue(axis.input())).toList();
    if (chosen.text().isEmpty()) {
      output.deliver(SweepWorkbook.bytes(run, fileValues), charts.render(() -> SweepCharts.of(run)).files());
      return 0;
    }
    String report = SweepReport.render(run, fileValues, chosen.text().get(), format.wide());
    output.deliver(spec, report, charts.render(() -> SweepCharts.of(run)));
    return 0;
  }

  @Override
  public List<ValuationCase> cases() {
    return cases(new StudyCases(simulation), grid());
  }

  /** The grid's cells, row by row. */
  private static List<ValuationCase> cases(StudyCases input, SweepGrid grid) {
    List<ValuationCase> cases = new ArrayList<>(grid.cells());
    for (int cell = 0; cell < grid.cells(); cell++) {
      int[] position = grid.position(cell);
      List<StudyCases.Change> changes = new ArrayList<>(position.length);
      for (int a = 0; a < position.length; a++) {
        SweepAxis axis = grid.axis(a);
        changes.add(new StudyCases.Change(axis.perturbation(position[a]),
            "--vary " + axis.input() + "=" + StudyCases.plain(axis.value(position[a])), Optional.of(axis.input())));
      }
      cases.add(input.with(changes));
    }
    return cases;
  }

  private SweepGrid grid() {
    if (vary.size() > 2) {
      throw new UserError("--vary is given " + vary.size() + " times; a sweep varies one or two inputs");
    }
    try {
      return new SweepGrid(vary);
    } catch (InvalidValueException e) {
      throw new UserError("--vary " + e.field() + " " + e.problem());
    }
  }
}
