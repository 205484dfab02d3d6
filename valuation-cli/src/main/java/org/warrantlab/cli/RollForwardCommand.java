package org.warrantlab.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.accounting.RollForwardCalculator;
import org.warrantlab.accounting.RollForwardPlan;
import org.warrantlab.attribution.AttributionOrder;
import org.warrantlab.attribution.RollForwardAttribution;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.audit.Reperformance;
import org.warrantlab.cli.chart.AttributionCharts;
import org.warrantlab.cli.input.JsonLocation;
import org.warrantlab.cli.input.RollForwardInput;
import org.warrantlab.cli.input.RollForwardInputReader;
import org.warrantlab.cli.report.RollForwardData;
import org.warrantlab.cli.report.RollForwardReport;
import org.warrantlab.cli.report.RollForwardRows.Table;
import org.warrantlab.cli.report.RollForwardRun;
import org.warrantlab.cli.report.SensitivityMemo;
import org.warrantlab.cli.workbook.RollForwardWorkbook;
import org.warrantlab.sweep.Tornado;
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
        "      --format xlsx --output fy2010.xlsx --emit-inputs fy2010-inputs",
        "  warrantlab rollforward examples/capstone-fy2010-rollforward.json \\",
        "      --attribution-order shapley --chart waterfall.png",
        "  warrantlab rollforward examples/capstone-fy2010-rollforward.json \\",
        "      --format xlsx --output fy2010.xlsx --sensitivity"})
final class RollForwardCommand implements Callable<Integer> {

  /** Output formats of the roll-forward. */
  enum RollForwardFormat {
    TABLE, JSON, CSV, MARKDOWN, XLSX
  }

  @Spec
  private CommandSpec spec;

  @Mixin
  private SimulationOptions simulation;

  @Mixin
  private FormatOption format = new FormatOption(RollForwardFormat.class);

  /** The tables {@code --format csv} writes: the roll-forward's own, or the attribution. */
  enum RollForwardTable {
    ROLLFORWARD, EARNINGS, EVENTS, LEVEL3, LEVEL3RANGES, ATTRIBUTION
  }

  @Option(names = "--table", paramLabel = "TABLE", defaultValue = "rollforward",
      description = "With --format csv, the table to write: rollforward | earnings | events | level3 |"
          + " level3ranges | attribution (default: ${DEFAULT-VALUE}).")
  private RollForwardTable table;

  @Option(names = "--attribution", description = "Split each period's change in fair value by input (also"
      + " asked for by --attribution-order, --table attribution and --chart).")
  private boolean attribution;

  @Mixin
  private AttributionOrderOption attributionOrder;

  @Mixin
  private ChartOptions charts;

  @Option(names = "--emit-inputs", paramLabel = "DIR",
      description = "Also write into DIR (made if missing) the `value` input of every measurement, each reporting"
          + " date and each measured event; `warrantlab value DIR/FILE` prints the figure booked.")
  private Optional<Path> emitInputs = Optional.empty();

  @Option(names = "--sensitivity",
      description = "With --format xlsx or markdown, also value the closing liability with each Level 3 input moved"
          + " alone to its low and high setting (the defaults of `tornado`): a Sensitivity sheet and memo section.")
  private boolean sensitivity;

  @Mixin
  private OutputOptions output;

  @Override
  public Integer call() {
    RollForwardFormat chosen = format.get(RollForwardFormat.class);
    if (chosen == RollForwardFormat.XLSX) {
      output.requireFile("xlsx");
    }
    if (sensitivity && chosen != RollForwardFormat.XLSX && chosen != RollForwardFormat.MARKDOWN) {
      throw new UserError("--sensitivity adds a sheet to the workbook and a section to the memo: use it with"
          + " --format xlsx or --format markdown");
    }
    RollForwardInput read = simulation.read(RollForwardInputReader::read);
    RollForwardPlan plan = read.plan().withSettings(simulation.settings(read.plan().settings()));
    RollForwardInput input = new RollForwardInput(plan, read.notes(), read.entity());
    try {
      Limits.check(Limits.ofRollForward(plan), simulation.file.toString(), false);
    } catch (InvalidValueException e) {
      throw simulation.pathsError(e);
    }
    long start = System.nanoTime();
    LiabilityRollForward result = simulation.progress.watch(spec, "Roll-forward", () -> run(plan));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    Optional<RollForwardAttribution> split = order().map(chosenOrder -> attribute(result, chosenOrder));
    AuditTrail audit = AuditTrail.of(simulation.file, plan.settings(), plan.settings().simulatedPaths());
    List<Reperformance.Measurement> reperformance = Reperformance.of(input, result, audit);
    RollForwardRun run = new RollForwardRun(simulation.file.toString(), input, result, elapsed, audit, reperformance,
        emitInputs.map(Path::toString));
    Map<Path, byte[]> alongside = new LinkedHashMap<>(emitInputs
        .map(directory -> Reperformance.files(made(directory), reperformance)).orElse(Map.of()));
    if (split.isPresent() && charts.requested()) {
      int last = result.periods().size() - 1;
      alongside.putAll(charts.render(() -> AttributionCharts.span(result.yearToDate().get(last),
          split.get().yearToDate().get(last), input.entity().currency())).files());
    }
    Optional<Tornado> closing = sensitivity
        ? Optional.of(simulation.progress.watch(spec, "Closing sensitivity", () -> ClosingSensitivity.of(result)))
        : Optional.empty();
    if (chosen == RollForwardFormat.XLSX) {
      output.deliver(RollForwardWorkbook.bytes(run, closing, split), alongside);
      return 0;
    }
    String report = switch (chosen) {
      case TABLE -> RollForwardReport.table(run, split, format.wide());
      case MARKDOWN -> RollForwardReport.markdown(run, split) + closing.map(tornado -> System.lineSeparator()
          + SensitivityMemo.markdown(tornado, result.measurements().get(result.measurements().size() - 1).date()))
          .orElse("");
      case JSON -> RollForwardData.json(run, split);
      case CSV -> switch (table) {
        case ATTRIBUTION -> RollForwardData.attributionCsv(run, split.orElseThrow());
        case LEVEL3RANGES -> RollForwardData.level3RangesCsv(run);
        default -> RollForwardData.csv(run, Table.valueOf(table.name()));
      };
      case XLSX -> throw new IllegalStateException("the workbook is written above");
    };
    output.deliver(spec, report, alongside);
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

  /** The {@code --emit-inputs} directory, made with its parents where missing. */
  private static Path made(Path directory) {
    try {
      return Files.createDirectories(directory);
    } catch (IOException e) {
      String why = e instanceof FileAlreadyExistsException ? "a file of that name is in the way"
          : Failures.oneLine(String.valueOf(e.getMessage()));
      throw new UserError("--emit-inputs " + directory + ": cannot make the directory (" + why + ")");
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
