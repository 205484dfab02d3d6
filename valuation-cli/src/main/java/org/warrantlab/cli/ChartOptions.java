package org.warrantlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.knowm.xchart.internal.chartpart.Chart;
import org.warrantlab.cli.chart.ChartFiles;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --chart} option: write the command's chart to each named .png or .svg file. */
final class ChartOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  private final List<Path> charts = new ArrayList<>();

  /** Refuses, before any simulation, a chart file that could not be written. */
  @Option(names = "--chart", paramLabel = "FILE",
      description = "Write the chart to FILE, PNG or SVG by its extension; repeat for both.")
  void chart(List<Path> files) {
    for (Path file : files) {
      String problem = ChartFiles.problemWith(file);
      if (problem != null) {
        throw new ParameterException(command.commandLine(), "--chart " + file + ": " + problem);
      }
    }
    charts.clear();
    charts.addAll(files);
  }

  /** Whether any chart file was named. */
  boolean requested() {
    return !charts.isEmpty();
  }

  /**
   * Draws the chart, if any file asks for it, in memory; the command writes it with its report, so that
   * nothing is written unless everything could be drawn.
   */
  ChartFiles.Rendered render(Supplier<Chart<?, ?>> chart) {
    return charts.isEmpty() ? ChartFiles.Rendered.NONE : ChartFiles.render(chart.get(), charts);
  }
}
