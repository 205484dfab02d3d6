package org.warrantlab.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.accounting.RollForwardCalculator;
import org.warrantlab.accounting.RollForwardPlan;
import org.warrantlab.attribution.AttributionOrder;
import org.warrantlab.attribution.RollForwardAttribution;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.chart.AttributionCharts;
import org.warrantlab.cli.input.JsonLocation;
import org.warrantlab.cli.input.RollForwardInput;
import org.warrantlab.cli.input.RollForwardInputReader;
import org.warrantlab.cli.report.RollForwardData;
import org.warrantlab.cli.report.RollForwardReport;
import org.warrantlab.cli.report.RollForwardRows.Table;
import org.warrantlab.cli.report.RollForwardRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rollforward", mixinStandardHelpOptions = true,
    description = {"Rolls the warrant liability in FILE forward over its reporting periods: opening balance,"
        + " issuances, exercises reclassified to equity, expirations, modifications, change in fair value"
        + " and closing balance per tranche, for each period and the fiscal year to date; the per-share"
        + " effect; and the Level 3 inputs of every measurement."},
    footer = {"", "Examples:", "  warrantlab rollforward examples/capstone-fy2010-rollforward.json",
        "  warrantlab rollforward examples/capstone-fy2010-rollforward.json \\",
        "      --format markdown --output memo.md",
        "  warrantlab rollforward examples/capstone-fy2010-rollforward.json \\",
        "      --format csv --table level3",
        "  warrantlab rollforward examples/capstone-fy2010-rollforward.json \\",
        "      --attribution-order shapley --chart waterfall.png"})
final class RollForwardCommand implements Callable<Integer> {

  /** Output formats of the roll-forward. */
  enum RollForwardFormat {
    TABLE, JSON, CSV, MARKDOWN
  }

  @Spec
  private CommandSpec spec;

  @Mixin
  private SimulationOptions simulation;

  @Mixin
  private FormatOption format = new FormatOption(RollForwardFormat.class);

  /** The tables {@code --format csv} writes: the roll-forward's own, or the attribution. */
  enum RollForwardTable {
    ROLLFORWARD, EARNINGS, EVENTS, LEVEL3, ATTRIBUTION
  }

  @Option(names = "--table", paramLabel = "TABLE", defaultValue = "rollforward",
      description = "With --format csv, the table to write: rollforward | earnings | events | level3 |"
          + " attribution (default: ${DEFAULT-VALUE}).")
  private RollForwardTable table;

  @Option(names = "--attribution", description = "Split each period's change in fair value by input (also"
      + " asked for by --attribution-order, --table attribution and --chart).")
  private boolean attribution;

  @Mixin
  private AttributionOrderOption attributionOrder;

  @Mixin
  private ChartOptions charts;

  @Mixin
  private OutputOptions output;

  @Override
  public Integer call() {
    RollForwardInput input = simulation.read(RollForwardInputReader::read);
    RollForwardPlan plan = input.plan().withSettings(simulation.settings(input.plan().settings()));
    try {
      Limits.check(Limits.ofRollForward(plan), simulation.file.toString(), false);
    } catch (InvalidValueException e) {
      throw simulation.pathsError(e);
    }
    long start = System.nanoTime();
    LiabilityRollForward result = run(plan);
    Optional<RollForwardAttribution> split = order().map(chosen -> attribute(result, chosen));
    RollForwardRun run = new RollForwardRun(simulation.file.toString(), input, result,
        Duration.ofNanos(System.nanoTime() - start));
    String report = switch (format.get(RollForwardFormat.class)) {
      case TABLE -> RollForwardReport.table(run, split);
      case MARKDOWN -> RollForwardReport.markdown(run, split);
      case JSON -> RollForwardData.json(run, split);
      case CSV -> table == RollForwardTable.ATTRIBUTION ? RollForwardData.attributionCsv(run, split.orElseThrow())
          : RollForwardData.csv(run, Table.valueOf(table.name()));
    };
    if (split.isPresent() && charts.requested()) {
      int last = result.periods().size() - 1;
      output.deliver(spec, report, charts.render(() -> AttributionCharts.span(result.yearToDate().get(last),
          split.get().yearToDate().get(last))));
    } else {
      output.deliver(spec, report);
    }
    return 0;
  }

  /** The split asked for: by the order named, or the default one when only the attribution is asked for. */
  private Optional<AttributionOrder> order() {
    boolean asked = attribution || table == RollForwardTable.ATTRIBUTION || charts.requested();
    return attributionOrder.requested().or(() -> asked ? Optional.of(AttributionOrder.DEFAULT) : Optional.empty());
  }

  /** A state the substitution cannot value (a tranche past a scheduled reset before its terms change) is named. */
  private RollForwardAttribution attribute(LiabilityRollForward result, AttributionOrder order) {
    try {
      return RollForwardAttribution.of(result, order);
    } catch (InvalidValueException e) {
      throw new UserError(simulation.file + ": cannot split the change in fair value: " + e.field() + " "
          + e.problem());
    }
  }

  /** Problems only the booking reveals (an exercise of more warrants than remain) name their JSON path. */
  private LiabilityRollForward run(RollForwardPlan plan) {
    try {
      return RollForwardCalculator.DEFAULT.run(plan);
    } catch (InvalidValueException e) {
      throw UserError.in(simulation.file, JsonLocation.problem(e));
    }
  }
}
