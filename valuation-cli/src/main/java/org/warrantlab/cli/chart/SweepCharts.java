package org.warrantlab.cli.chart;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.warrantlab.cli.report.SweepRun;
import org.warrantlab.result.Estimate;
import org.warrantlab.scenario.ValuationInputs;
import org.warrantlab.sweep.SweepAxis;
import org.warrantlab.sweep.SweepGrid;

/**
 * The chart of a sweep: for one input, the value against the input with a band of ±2 standard errors and
 * the file's own value of the input marked; for two, a heat map of the value over the grid, each cell's
 * figure printed on it, with a colour key and the base case (the file's own inputs) marked.
 */
public final class SweepCharts {

  /** Characters a title may have before the input is left to the axis's title. */
  private static final int MAX_TITLE = 80;

  private SweepCharts() {
  }

  public static Chart<?, ?> of(SweepRun run) {
    return run.grid().dimensions() == 1 ? line(run) : heatMap(run);
  }

  private static XYChart line(SweepRun run) {
    SweepAxis axis = run.grid().axis(0);
    InputLabel label = label(run, axis);
    double[] x = new double[axis.size()];
    double[] y = new double[axis.size()];
    double[] errors = new double[axis.size()];
    for (int i = 0; i < axis.size(); i++) {
      Estimate estimate = run.measured(i);
      x[i] = axis.value(i);
      y[i] = estimate.value();
      errors[i] = estimate.standardError();
    }
    String measure = MeasureText.words(run.measure());
    String title = measure + " by " + lowerFirst(label.words());
    XYChart chart = Bands.chart(title.length() <= MAX_TITLE ? title : measure, label.title(),
        MeasureText.axisTitle(run.measure(), currency(run)), x, y, errors, 2.0, "±2 standard errors");
    chart.getStyler().setxAxisTickLabelsFormattingFunction(label.unit()::format);
    double base = axis.place().valueIn(run.base().inputs());
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < y.length; i++) {
      lowest = Math.min(lowest, y[i] - 2 * errors[i]);
      highest = Math.max(highest, y[i] + 2 * errors[i]);
    }
    if (GridSpan.of(axis.values(), base).isPresent()) {
      Bands.markBase(chart, base, lowest, highest, "Base case, the file's " + label.unit().format(base));
    }
    return chart;
  }

  private static HeatMapChart heatMap(SweepRun run) {
    SweepGrid grid = run.grid();
    SweepAxis rows = grid.axis(0);
    SweepAxis columns = grid.axis(1);
    InputLabel rowLabel = label(run, rows);
    InputLabel columnLabel = label(run, columns);
    double largestError = 0;
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    List<Number[]> cells = new ArrayList<>();
    for (int cell = 0; cell < grid.cells(); cell++) {
      int[] at = grid.position(cell);
      Estimate estimate = run.measured(cell);
      largestError = Math.max(largestError, estimate.standardError());
      low = Math.min(low, estimate.value());
      high = Math.max(high, estimate.value());
      cells.add(new Number[] {at[1], at[0], estimate.value()});
    }
    ValuationInputs base = run.base().inputs();
    double baseRow = rows.place().valueIn(base);
    double baseColumn = columns.place().valueIn(base);
    Optional<GridSpan> row = GridSpan.of(rows.values(), baseRow);
    Optional<GridSpan> column = GridSpan.of(columns.values(), baseColumn);
    boolean onGrid = row.isPresent() && column.isPresent();
    boolean exact = onGrid && row.get().exact() && column.get().exact();
    List<String> baseCase = List.of(onGrid ? (exact ? "Base case (outlined):" : "Base case, within the outlined cells:")
        : "Base case, off this grid:", rowLabel.words() + " " + rowLabel.unit().format(baseRow), columnLabel.words()
        + " " + columnLabel.unit().format(baseColumn));
    boolean perWarrant = run.measure().tranche().isPresent();
    HeatMapLegend legend = new HeatMapLegend(MeasureText.axisTitle(run.measure(), currency(run)), low, high,
        AxisUnit.MONEY, baseCase, "Largest standard error of a cell: " + AxisUnit.MONEY.format(largestError),
        onGrid);
    HeatMapChartBuilder builder = new HeatMapChartBuilder().width(ChartStyle.WIDTH + HeatMapLegend.WIDTH)
        .height(ChartStyle.HEIGHT).title(MeasureText.words(run.measure()) + " by " + lowerFirst(rowLabel.words())
            + " and " + lowerFirst(columnLabel.words())).xAxisTitle(columnLabel.title()).yAxisTitle(rowLabel.title());
    HeatMapChart chart = new BaseCaseHeatMap(builder, legend, column, row, columns.size(), rows.size());
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setRangeColors(HeatColours.STOPS);
    chart.getStyler().setPiecewise(false);
    chart.getStyler().setShowValue(true);
    chart.getStyler().setValueFont(TextFont.sansSerif(Font.PLAIN, 14));
    chart.getStyler().setHeatMapValueDecimalPattern(perWarrant ? "0.0000" : "#,##0");
    chart.getStyler().setPlotContentSize(1.0);
    chart.getStyler().setMin(low);
    chart.getStyler().setMax(high);
    chart.addSeries(MeasureText.words(run.measure()), labels(columns, columnLabel), labels(rows, rowLabel), cells);
    return chart;
  }

  private static InputLabel label(SweepRun run, SweepAxis axis) {
    return InputLabel.of(axis.place(), run.base().inputs(), currency(run));
  }

  private static Optional<String> currency(SweepRun run) {
    return run.base().entity().currency();
  }

  private static List<String> labels(SweepAxis axis, InputLabel label) {
    return axis.values().stream().map(label.unit()::format).toList();
  }

  private static String lowerFirst(String words) {
    return words.substring(0, 1).toLowerCase(Locale.ROOT) + words.substring(1);
  }
}
