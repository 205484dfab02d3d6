package org.warrantlab.cli.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.warrantlab.cli.report.SweepRun;
import org.warrantlab.result.Estimate;
import org.warrantlab.sweep.SweepAxis;
import org.warrantlab.sweep.SweepGrid;

/**
 * The chart of a sweep: for one input, the value against the input with a band of ±2 standard errors;
 * for two, a heat map of the value over the grid, each cell's figure printed on it (no colour legend,
 * whose labels XChart would print unformatted) and the largest standard error in the title.
 */
public final class SweepCharts {

  private SweepCharts() {
  }

  public static Chart<?, ?> of(SweepRun run) {
    return run.grid().dimensions() == 1 ? line(run) : heatMap(run);
  }

  private static XYChart line(SweepRun run) {
    SweepAxis axis = run.grid().axis(0);
    double[] x = new double[axis.size()];
    double[] y = new double[axis.size()];
    double[] errors = new double[axis.size()];
    for (int i = 0; i < axis.size(); i++) {
      Estimate estimate = run.measured(i);
      x[i] = axis.value(i);
      y[i] = estimate.value();
      errors[i] = estimate.standardError();
    }
    String title = run.measure().label() + " by " + axis.input();
    return Bands.chart(title, axis.input(), run.measure().label(), x, y, errors, 2.0, "±2 standard errors");
  }

  private static HeatMapChart heatMap(SweepRun run) {
    SweepGrid grid = run.grid();
    SweepAxis rows = grid.axis(0);
    SweepAxis columns = grid.axis(1);
    double largestError = 0;
    List<Number[]> cells = new ArrayList<>();
    for (int cell = 0; cell < grid.cells(); cell++) {
      int[] at = grid.position(cell);
      Estimate estimate = run.measured(cell);
      largestError = Math.max(largestError, estimate.standardError());
      cells.add(new Number[] {at[1], at[0], estimate.value()});
    }
    HeatMapChart chart = new HeatMapChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
        .title(run.measure().label() + String.format(Locale.US, " (largest standard error %s)",
            ChartStyle.number(largestError)))
        .xAxisTitle(columns.input()).yAxisTitle(rows.input()).build();
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setRangeColors(ChartStyle.HEAT);
    chart.getStyler().setShowValue(true);
    chart.getStyler().setHeatMapValueDecimalPattern(run.measure().tranche().isPresent() ? "0.0000" : "#,##0");
    chart.getStyler().setPlotContentSize(1.0);
    chart.addSeries(run.measure().label(), labels(columns), labels(rows), cells);
    return chart;
  }

  private static List<String> labels(SweepAxis axis) {
    return axis.values().stream().map(ChartStyle::number).toList();
  }
}
