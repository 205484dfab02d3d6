package org.warrantlab.cli.chart;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;

/**
 * A waterfall: a bar for the balance at the start, a floating bar per step from the running total before
 * it to the one after (a rise in one colour, a fall in another), and a bar for the balance at the end.
 * The floating bars are drawn as overlapping bars from zero, the part below the step masked in the plot's
 * background, which holds while the running total stays at or above zero, as a liability's does.
 */
public final class WaterfallChart {

  private static final Color BALANCE = new Color(120, 120, 120);

  private WaterfallChart() {
  }

  /** One step of the waterfall. */
  public record Bar(String label, BigDecimal amount) {
  }

  /** @param amounts the value axis's title: what the amounts are, with their currency */
  public static CategoryChart of(String title, String amounts, Bar start, List<Bar> steps, Bar end) {
    CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
        .xAxisTitle("").yAxisTitle(amounts).build();
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setOverlapped(true);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.getStyler().setyAxisTickLabelsFormattingFunction(AxisUnit.MONEY::format);
    chart.getStyler().setXAxisLabelRotation(45);
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
    List<String> labels = new ArrayList<>();
    List<Double> balances = new ArrayList<>();
    List<Double> rises = new ArrayList<>();
    List<Double> falls = new ArrayList<>();
    List<Double> masks = new ArrayList<>();
    labels.add(start.label());
    add(balances, rises, falls, masks, start.amount().doubleValue(), 0, 0, 0);
    double running = start.amount().doubleValue();
    for (Bar step : steps) {
      double after = running + step.amount().doubleValue();
      labels.add(step.label());
      boolean rise = after >= running;
      boolean moved = step.amount().signum() != 0;
      add(balances, rises, falls, masks, 0, moved && rise ? after : 0, moved && !rise ? running : 0,
          moved ? Math.min(running, after) : 0);
      running = after;
    }
    labels.add(end.label());
    add(balances, rises, falls, masks, end.amount().doubleValue(), 0, 0, 0);
    series(chart, "Balance", labels, balances, BALANCE, true);
    series(chart, "Rise in the liability", labels, rises, ChartStyle.HIGH, true);
    series(chart, "Fall in the liability", labels, falls, ChartStyle.LOW, true);
    series(chart, "below the step", labels, masks, Color.WHITE, false);
    return chart;
  }

  private static void add(List<Double> balances, List<Double> rises, List<Double> falls, List<Double> masks,
      double balance, double rise, double fall, double mask) {
    balances.add(balance);
    rises.add(rise);
    falls.add(fall);
    masks.add(mask);
  }

  private static void series(CategoryChart chart, String name, List<String> labels, List<Double> values, Color color,
      boolean inLegend) {
    CategorySeries series = chart.addSeries(name, labels, values);
    series.setFillColor(color);
    series.setLineColor(color);
    series.setShowInLegend(inLegend);
  }
}
