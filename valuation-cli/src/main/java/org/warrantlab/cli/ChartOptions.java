package org.warrantlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.knowm.xchart.internal.chartpart.Chart;
import org.warrantlab.cli.chart.ChartFiles;
import picocli.CommandLine.Option;

/** The {@code --chart} option: write the command's chart to each named .png or .svg file. */
final class ChartOptions {

  @Option(names = "--chart", paramLabel = "FILE",
      description = "Write the chart to FILE, PNG or SVG by its extension; repeat for both.")
  List<Path> charts = new ArrayList<>();

  /** Fails before any simulation on a chart file that could not be written. */
  void check() {
    ChartFiles.check(charts);
  }

  /**
   * Draws the chart, if any file asks for it, in memory; the command writes it after its report, so
   * that nothing is written unless everything could be drawn.
   */
  ChartFiles.Rendered render(Supplier<Chart<?, ?>> chart) {
    return charts.isEmpty() ? new ChartFiles.Rendered(List.of(), List.of()) : ChartFiles.render(chart.get(), charts);
  }
}
