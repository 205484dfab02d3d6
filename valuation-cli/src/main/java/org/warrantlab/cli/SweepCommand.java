package org.warrantlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.chart.SweepCharts;
import org.warrantlab.cli.input.InputException;
import org.warrantlab.cli.input.InputPath;
import org.warrantlab.cli.report.Format;
import org.warrantlab.cli.report.SweepReport;
import org.warrantlab.cli.report.SweepRun;
import org.warrantlab.sweep.Measure;
import org.warrantlab.sweep.SweepAxis;
import org.warrantlab.sweep.SweepGrid;
import org.warrantlab.sweep.ValuationCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
        "      --vary 'financings[0].probability=0,0.25,0.5,0.75,1'"})
final class SweepCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private SimulationOptions simulation;

  @Option(names = "--vary", required = true, paramLabel = "PATH=FROM:TO:STEP", converter = VaryConverter.class,
      description = "An input and its values: PATH=FROM:TO:STEP or PATH=V1,V2,...; give it once or twice.")
  private List<SweepAxis> vary;

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
    SweepGrid grid = grid();
    InputVariants input = new InputVariants(simulation);
    Measure measure = measureOption.measure(input);
    List<InputPath> paths = grid.axes().stream().map(axis -> InputPath.parse(axis.input())).toList();
    List<ValuationCase> cases = new ArrayList<>(grid.cells());
    for (int cell = 0; cell < grid.cells(); cell++) {
      double[] at = grid.coordinates(cell);
      Map<InputPath, JsonNode> changes = new LinkedHashMap<>();
      for (int a = 0; a < at.length; a++) {
        changes.put(paths.get(a), DoubleNode.valueOf(at[a]));
      }
      cases.add(input.with(changes));
    }
    InputVariants.Valued cells = input.valueAll(cases, progress, spec, "Sweep");
    SweepRun run = new SweepRun(simulation.file.toString(), input.base(), grid, measure, cells.values(),
        cells.threads(), cells.elapsed());
    String report = SweepReport.render(run, fileValues(input, paths), format.get(Format.class));
    output.deliver(spec, report, charts.render(() -> SweepCharts.of(run)));
    return 0;
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

  /** Each varied input's value in the file, where the file states it. */
  private static List<OptionalDouble> fileValues(InputVariants input, List<InputPath> paths) {
    List<OptionalDouble> values = new ArrayList<>();
    for (InputPath path : paths) {
      try {
        values.add(OptionalDouble.of(path.number(input.document())));
      } catch (InputException e) {
        values.add(OptionalDouble.empty());
      }
    }
    return values;
  }
}
