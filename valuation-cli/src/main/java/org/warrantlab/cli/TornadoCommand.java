package org.warrantlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.chart.TornadoChart;
import org.warrantlab.cli.report.TornadoReport;
import org.warrantlab.cli.report.TornadoRun;
import org.warrantlab.cli.workbook.TornadoWorkbook;
import org.warrantlab.scenario.Perturbation;
import org.warrantlab.sweep.Measure;
import org.warrantlab.sweep.Tornado;
import org.warrantlab.sweep.TornadoInputs;
import org.warrantlab.sweep.TornadoShock;
import org.warrantlab.sweep.ValuationCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "tornado", mixinStandardHelpOptions = true,
    description = {"Values FILE with each Level 3 input moved alone to a low and a high setting, and prints the"
        + " values widest swing first (a tornado chart with --chart).",
        "Inputs: share price, volatility, risk-free rate, dividend yield, term, and each financing's probability"
            + " and discount; --range sets an input's own low and high, or adds any numeric input by its JSON"
            + " path. Every valuation uses the same seed."},
    footer = {"", "Examples:", "  warrantlab tornado examples/capstone-2009-09-30.json --chart tornado.png",
        "  warrantlab tornado examples/capstone-2009-09-30.json --tranche 2008-09 \\",
        "      --range market.volatility=0.6:1.0 \\",
        "      --range 'warrants[1].exercisePrice=1.5:2.5'",
        "  warrantlab tornado examples/capstone-2009-09-30.json --format xlsx \\",
        "      --output tornado.xlsx"})
final class TornadoCommand implements Callable<Integer>, CaseStudy {

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private WarrantlabCommand parent;

  @Mixin
  private SimulationOptions simulation;

  @Option(names = "--range", paramLabel = "PATH=LOW:HIGH", converter = RangeConverter.class,
      description = "An input's low and high settings, replacing its default or adding the input.")
  private List<RangeConverter.Range> ranges = new ArrayList<>();

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
    StudyCases input = new StudyCases(simulation);
    Measure measure = measureOption.measure(input);
    List<TornadoShock> shocks = shocks(input);
    StudyCases.Valued valued = input.valueAll(cases(input, shocks), progress, spec, "Tornado", parent.valuer());
    Tornado tornado = Tornado.of(measure, shocks, valued.values());
    TornadoRun run = new TornadoRun(simulation.file.toString(), input.base(), tornado, input.baseCase().settings(),
        valued.threads(), valued.elapsed(), AuditTrail.of(simulation.file, input.baseCase().settings(),
        input.baseCase().settings().simulatedPaths()));
    if (chosen.text().isEmpty()) {
      output.deliver(TornadoWorkbook.bytes(run),
          charts.render(() -> TornadoChart.of(run)).files());
      return 0;
    }
    String report = TornadoReport.render(run, chosen.text().get(), format.wide());
    output.deliver(spec, report, charts.render(() -> TornadoChart.of(run)));
    return 0;
  }

  @Override
  public List<ValuationCase> cases() {
    StudyCases input = new StudyCases(simulation);
    return cases(input, shocks(input));
  }

  /** The level-three inputs' shocks, with the command line's ranges. */
  private List<TornadoShock> shocks(StudyCases input) {
    List<TornadoShock> shocks = TornadoInputs.levelThree(input.baseInputs());
    for (RangeConverter.Range range : ranges) {
      shocks = TornadoInputs.withRange(shocks, range.path(), range.place(), range.low(), range.high());
    }
    return shocks;
  }

  /** The base case, then each shock's low and high case. */
  private List<ValuationCase> cases(StudyCases input, List<TornadoShock> shocks) {
    List<ValuationCase> cases = new ArrayList<>(List.of(input.baseCase()));
    for (TornadoShock shock : shocks) {
      cases.add(input.with(changes(shock, shock.low(), "low", shock.lowText())));
      cases.add(input.with(changes(shock, shock.high(), "high", shock.highText())));
    }
    return cases;
  }

  /** A setting's perturbations, each named by the {@code --range} that set it or as the tornado's default. */
  private List<StudyCases.Change> changes(TornadoShock shock, List<Perturbation> setting, String side, String text) {
    Optional<RangeConverter.Range> range = Optional.empty();
    for (RangeConverter.Range given : ranges) {
      if (shock.place().equals(Optional.of(given.place()))) {
        range = Optional.of(given);
      }
    }
    String asked = range.map(given -> "--range " + given.text())
        .orElse("the tornado's " + side + " setting of " + shock.input() + " (" + text + ")");
    Optional<String> path = range.map(RangeConverter.Range::path);
    return setting.stream().map(perturbation -> new StudyCases.Change(perturbation, asked, path)).toList();
  }
}
