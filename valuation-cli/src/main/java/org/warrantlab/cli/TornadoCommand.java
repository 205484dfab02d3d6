package org.warrantlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.warrantlab.cli.chart.TornadoChart;
import org.warrantlab.cli.report.Format;
import org.warrantlab.cli.report.TornadoReport;
import org.warrantlab.cli.report.TornadoRun;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.sweep.Measure;
import org.warrantlab.sweep.Tornado;
import org.warrantlab.sweep.TornadoBar;
import org.warrantlab.sweep.ValuationCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
        "      --range 'warrants[1].exercisePrice=1.5:2.5'"})
final class TornadoCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private SimulationOptions simulation;

  @Option(names = "--range", paramLabel = "PATH=LOW:HIGH", converter = RangeConverter.class,
      description = "An input's low and high settings, replacing its default or adding the input.")
  private List<TornadoInputs.Range> ranges = new ArrayList<>();

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
    InputVariants input = new InputVariants(simulation);
    Measure measure = measureOption.measure(input);
    List<TornadoInputs.Shock> shocks = TornadoInputs.of(input.document(), ranges);
    List<ValuationCase> cases = new ArrayList<>(List.of(input.baseCase()));
    for (TornadoInputs.Shock shock : shocks) {
      cases.add(input.with(shock.low()));
      cases.add(input.with(shock.high()));
    }
    InputVariants.Valued valued = input.valueAll(cases, progress, spec, "Tornado");
    List<BookValuation> values = valued.values();
    List<TornadoBar> bars = new ArrayList<>();
    for (int k = 0; k < shocks.size(); k++) {
      TornadoInputs.Shock shock = shocks.get(k);
      bars.add(new TornadoBar(shock.input(), shock.lowText(), shock.highText(), measure.of(values.get(1 + 2 * k)),
          measure.of(values.get(2 + 2 * k))));
    }
    Tornado tornado = new Tornado(measure, measure.of(values.get(0)), bars);
    TornadoRun run = new TornadoRun(simulation.file.toString(), input.base(), tornado, input.baseCase().settings(),
        valued.threads(), valued.elapsed());
    String report = TornadoReport.render(run, format.get(Format.class));
    output.deliver(spec, report, charts.render(() -> TornadoChart.of(tornado, TornadoReport.title(run))));
    return 0;
  }
}
