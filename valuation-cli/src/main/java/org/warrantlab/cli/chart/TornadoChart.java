package org.warrantlab.cli.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.warrantlab.sweep.Tornado;
import org.warrantlab.sweep.TornadoBar;

/**
 * A tornado chart: one horizontal bar per input, widest swing on top, running from the base value to
 * the value with the input at its low setting (one colour) and at its high setting (another), with a
 * vertical line at the base value. The inputs' names stand left of the bars, in room made on the left
 * of the value axis: the chart is laid out once to learn where the bars fall, then the names are placed.
 */
public final class TornadoChart {

  private static final double HALF_HEIGHT = 0.35;
  private static final int LABEL_GAP = 10;
  private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

  private TornadoChart() {
  }

  public static XYChart of(Tornado tornado, String title) {
    List<TornadoBar> bars = tornado.bars();
    int n = bars.size();
    int height = Math.max(ChartStyle.HEIGHT, 160 + 56 * n);
    XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(height).title(title)
        .xAxisTitle(tornado.measure().label()).yAxisTitle("").build();
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.getStyler().setxAxisTickLabelsFormattingFunction(ChartStyle::number);
    chart.getStyler().setYAxisTicksVisible(false);
    chart.getStyler().setPlotGridHorizontalLinesVisible(false);
    chart.getStyler().setYAxisMin(-0.5);
    chart.getStyler().setYAxisMax(n - 0.5);
    chart.getStyler().setAnnotationTextFont(LABEL_FONT);
    chart.getStyler().setAnnotationTextFontColor(Color.BLACK);
    double base = tornado.base().value();
    double lowest = base;
    double highest = base;
    for (int k = 0; k < n; k++) {
      TornadoBar bar = bars.get(k);
      double y = position(k, n);
      rectangle(chart, k == 0 ? "Input at its low setting" : "low " + k, base, bar.atLow().value(), y, ChartStyle.LOW,
          k == 0);
      rectangle(chart, k == 0 ? "Input at its high setting" : "high " + k, base, bar.atHigh().value(), y,
          ChartStyle.HIGH, k == 0);
      lowest = Math.min(lowest, Math.min(bar.atLow().value(), bar.atHigh().value()));
      highest = Math.max(highest, Math.max(bar.atLow().value(), bar.atHigh().value()));
    }
    chart.addAnnotation(new AnnotationLine(base, true, false));
    label(chart, bars, base, lowest, highest, height);
    return chart;
  }

  /** Bar {@code k}'s place on the y axis: the widest (k = 0) on top. */
  private static double position(int k, int n) {
    return n - 1 - k;
  }

  /**
   * Widens the value axis on the left so that the longest name fits beside the lowest bar, lays the
   * chart out, and writes each name right-aligned just left of its bar.
   */
  private static void label(XYChart chart, List<TornadoBar> bars, double base, double lowest, double highest,
      int height) {
    FontMetrics metrics = graphics(height).getFontMetrics(LABEL_FONT);
    int widest = bars.stream().mapToInt(bar -> metrics.stringWidth(name(bar))).max().orElse(0);
    double span = highest > lowest ? highest - lowest : Math.max(1.0, Math.abs(highest));
    double right = highest + 0.04 * span;
    chart.getStyler().setXAxisMax(right);
    chart.getStyler().setXAxisMin(lowest - 0.04 * span);
    layOut(chart, height);
    double plotWidth = chart.getScreenXFromChart(right) - chart.getScreenXFromChart(lowest - 0.04 * span);
    double needed = widest + 2 * LABEL_GAP;
    double left = lowest - needed * (right - lowest) / Math.max(1.0, plotWidth - needed);
    chart.getStyler().setXAxisMin(left);
    layOut(chart, height);
    double pixelsPerUnit = (chart.getScreenXFromChart(right) - chart.getScreenXFromChart(left)) / (right - left);
    for (int k = 0; k < bars.size(); k++) {
      TornadoBar bar = bars.get(k);
      double start = Math.min(base, Math.min(bar.atLow().value(), bar.atHigh().value()));
      double centre = start - (LABEL_GAP + metrics.stringWidth(name(bar)) / 2.0) / pixelsPerUnit;
      chart.addAnnotation(new AnnotationText(name(bar), centre, position(k, bars.size()), false));
    }
  }

  /** "Volatility 72.00% / 88.00%": the input and its low and high settings. */
  private static String name(TornadoBar bar) {
    return bar.input() + "  " + bar.low() + " / " + bar.high();
  }

  /** Paints the chart once off-screen, which fixes where its axes and plot fall. */
  private static void layOut(XYChart chart, int height) {
    Graphics2D graphics = graphics(height);
    chart.paint(graphics, chart.getWidth(), chart.getHeight());
    graphics.dispose();
  }

  private static Graphics2D graphics(int height) {
    return new BufferedImage(ChartStyle.WIDTH, height, BufferedImage.TYPE_INT_ARGB).createGraphics();
  }

  private static void rectangle(XYChart chart, String name, double from, double to, double y, Color color,
      boolean inLegend) {
    double[] xs = {from, to, to, from};
    double[] ys = {y - HALF_HEIGHT, y - HALF_HEIGHT, y + HALF_HEIGHT, y + HALF_HEIGHT};
    XYSeries series = chart.addSeries(name, xs, ys);
    series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    series.setFillColor(color);
    series.setLineColor(color);
    series.setLineStyle(SeriesLines.SOLID);
    series.setMarker(SeriesMarkers.NONE);
    series.setShowInLegend(inLegend);
  }
}
