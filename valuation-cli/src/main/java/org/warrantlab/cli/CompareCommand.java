package org.warrantlab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.warrantlab.attribution.Comparison;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.chart.AttributionCharts;
import org.warrantlab.cli.input.InputException;
import org.warrantlab.cli.input.JsonFiles;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.cli.input.ValuationInputReader;
import org.warrantlab.cli.report.CompareReport;
import org.warrantlab.cli.report.CompareReport.Run;
import org.warrantlab.cli.workbook.CompareWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Values the book in FIRST and in SECOND, two inputs of the same tranches (last quarter's and"
        + " this quarter's, a client's file and a reviewer's), and splits the difference, per tranche and in"
        + " total, by input: time, share price, volatility, rates, dividend yield, shares outstanding,"
        + " financing assumptions, terms and the rest, every state valued on FIRST's simulation settings and"
        + " common random numbers."},
    footer = {"", "Examples:", "  warrantlab compare examples/capstone-2009-09-30.json reviewed.json",
        "  warrantlab compare last-quarter.json this-quarter.json \\",
        "      --attribution-order shapley --format markdown --chart difference.svg",
        "  warrantlab compare last-quarter.json this-quarter.json --format xlsx \\",
        "      --output compare.xlsx"})
final class CompareCommand implements Callable<Integer> {

  /** Output formats of the comparison. */
  enum CompareFormat {
    TABLE, JSON, MARKDOWN, XLSX
  }

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FIRST", description = "The first valuation input (JSON).")
  private Path first;

  @Parameters(index = "1", paramLabel = "SECOND", description = "The second valuation input (JSON), of the same"
      + " tranches.")
  private Path second;

  @Mixin
  private FormatOption format = new FormatOption(CompareFormat.class);

  @Mixin
  private AttributionOrderOption order;

  @Mixin
  private OutputOptions output;

  @Mixin
  private ChartOptions charts;

  @Mixin
  private ProgressSwitch progress = new ProgressSwitch();

  @Override
  public Integer call() {
    CompareFormat chosen = format.get(CompareFormat.class);
    if (chosen == CompareFormat.XLSX) {
      output.requireFile("xlsx");
    }
    ValuationInput a = read(first);
    ValuationInput b = read(second);
    Comparison comparison;
    try {
      comparison = progress.watch(spec, "Compare", () -> Comparison.of(a.inputs(), b.inputs(), order.orDefault()));
    } catch (InvalidValueException e) {
      throw new UserError(first + " and " + second + ": " + e.field() + " " + e.problem());
    }
    AuditTrail firstAudit = AuditTrail.of(first, comparison.first().settings(), comparison.first().simulatedPaths());
    AuditTrail secondAudit = AuditTrail.of(second, comparison.second().settings(),
        comparison.second().simulatedPaths());
    Run run = new Run(firstAudit, secondAudit, comparison);
    if (chosen == CompareFormat.XLSX) {
      byte[] workbook = CompareWorkbook.bytes(new CompareWorkbook.Run(a, b, comparison, firstAudit, secondAudit));
      output.deliver(workbook, charts.render(() -> AttributionCharts.comparison(comparison, first.toString(),
          second.toString(), a.entity().currency())).files());
      return 0;
    }
    String report = switch (chosen) {
      case JSON -> CompareReport.json(run);
      case MARKDOWN -> CompareReport.markdown(run);
      default -> CompareReport.table(run, format.wide());
    };
    output.deliver(spec, report, charts.render(() -> AttributionCharts.comparison(comparison, first.toString(),
        second.toString(), a.entity().currency())));
    return 0;
  }

  private static ValuationInput read(Path file) {
    try {
      return ValuationInputReader.read(JsonFiles.read(file));
    } catch (InputException e) {
      throw UserError.in(file, e);
    }
  }
}
