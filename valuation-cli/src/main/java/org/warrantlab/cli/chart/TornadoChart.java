package org.warrantlab.cli.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.warrantlab.cli.report.TornadoRun;
import org.warrantlab.result.Estimate;
import org.warrantlab.sweep.Tornado;
import org.warrantlab.sweep.TornadoBar;

/**
 * A tornado chart: one horizontal bar per input, widest swing on top, running from the base value to
 * the value with the input at its low setting (one colour) and at its high setting (another), with a
 * labelled vertical line at the base value. Each input's name stands left of its bar and its two values,
 * each with its standard error, right of it, in room made on both sides of the value axis: the chart is
 * laid out once to learn how many pixels the axis has, then the labels are placed.
 */
public final class TornadoChart {

  private static final double HALF_HEIGHT = 0.35;
  private static final int LABEL_GAP = 10;
  private static final Font LABEL_FONT = TextFont.sansSerif(Font.PLAIN, 13);

  private TornadoChart() {
  }

  public static XYChart of(TornadoRun run) {
    Tornado tornado = run.tornado();
    String measure = MeasureText.words(tornado.measure());
    List<TornadoBar> bars = tornado.bars();
    int n = bars.size();
    int height = Math.max(ChartStyle.HEIGHT, 180 + 56 * n);
    XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH + 100).height(height)
        .title("Sensitivity of " + measure.substring(0, 1).toLowerCase(Locale.ROOT) + measure.substring(1)
            + " to each input")
        .xAxisTitle(MeasureText.axisTitle(tornado.measure(), run.input().entity().currency())).yAxisTitle("").build();
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.getStyler().setxAxisTickLabelsFormattingFunction(AxisUnit.MONEY::format);
    chart.getStyler().setYAxisTicksVisible(false);
    chart.getStyler().setPlotGridHorizontalLinesVisible(false);
    chart.getStyler().setYAxisMin(-0.5);
    chart.getStyler().setYAxisMax(n + 0.1);
    chart.getStyler().setAnnotationTextFont(LABEL_FONT);
    chart.getStyler().setAnnotationTextFontColor(Color.BLACK);
    chart.getStyler().setAnnotationLineColor(ChartStyle.BASE);
    double base = tornado.base().value();
    for (int k = 0; k < n; k++) {
      TornadoBar bar = bars.get(k);
      double y = position(k, n);
      rectangle(chart, k == 0 ? "Input at its low setting" : "low " + k, base, bar.atLow().value(), y, ChartStyle.LOW,
          k == 0);
      rectangle(chart, k == 0 ? "Input at its high setting" : "high " + k, base, bar.atHigh().value(), y,
          ChartStyle.HIGH, k == 0);
    }
    chart.addAnnotation(new AnnotationLine(base, true, false));
    label(chart, tornado, height);
    return chart;
  }

  /** Bar {@code k}'s place on the y axis: the widest (k = 0) on top. */
  private static double position(int k, int n) {
    return n - 1 - k;
  }

  /**
   * Sets the value axis so that every name fits left of its bar and every pair of values right of it,
   * lays the chart out, and writes the names, the values and the base value's label.
   */
  private static void label(XYChart chart, Tornado tornado, int height) {
    List<TornadoBar> bars = tornado.bars();
    double base = tornado.base().value();
    FontMetrics names = graphics(chart, height).getFontMetrics(LABEL_FONT);
    FontMetrics values = names;
    double unitsPerPixel = 0;
    double left = 0;
    double right = 0;
    for (int pass = 0; pass < 2; pass++) {
      double plotWidth = plotWidth(chart, height, bars, base);
      unitsPerPixel = Math.max(1e-300, span(bars, base)) / plotWidth;
      for (int i = 0; i < 30; i++) {
        left = Double.POSITIVE_INFINITY;
        right = Double.NEGATIVE_INFINITY;
        for (TornadoBar bar : bars) {
          left = Math.min(left, start(bar, base) - (names.stringWidth(name(bar)) + 2 * LABEL_GAP) * unitsPerPixel);
          right = Math.max(right, end(bar, base) + (widest(bar, values) + 2 * LABEL_GAP) * unitsPerPixel);
        }
        unitsPerPixel = (right - left) / plotWidth;
      }
      chart.getStyler().setXAxisMin(left);
      chart.getStyler().setXAxisMax(right);
    }
    layOut(chart, height);
    double pixels = (chart.getScreenXFromChart(right) - chart.getScreenXFromChart(left)) / (right - left);
    int n = bars.size();
    for (int k = 0; k < n; k++) {
      TornadoBar bar = bars.get(k);
      double y = position(k, n);
      double nameCentre = start(bar, base) - (LABEL_GAP + names.stringWidth(name(bar)) / 2.0) / pixels;
      chart.addAnnotation(new AnnotationText(name(bar), nameCentre, y, false));
      String low = "Low: " + value(bar.atLow());
      String high = "High: " + value(bar.atHigh());
      chart.addAnnotation(new AnnotationText(low, end(bar, base) + (LABEL_GAP + values.stringWidth(low) / 2.0) / pixels,
          y + 0.17, false));
      chart.addAnnotation(new AnnotationText(high, end(bar, base) + (LABEL_GAP + values.stringWidth(high) / 2.0)
          / pixels, y - 0.17, false));
    }
    String baseCase = "Base case: " + value(tornado.base());
    chart.addAnnotation(new AnnotationText(baseCase, base + (LABEL_GAP / 2.0 + names.stringWidth(baseCase) / 2.0)
        / pixels, n - 0.3, false));
  }

  /** "30,345,337 ± 32,710": a value with its standard error. */
  private static String value(Estimate estimate) {
    return AxisUnit.MONEY.format(estimate.value()) + " ± " + AxisUnit.MONEY.format(estimate.standardError());
  }

  private static int widest(TornadoBar bar, FontMetrics metrics) {
    return Math.max(metrics.stringWidth("Low: " + value(bar.atLow())), metrics.stringWidth("High: "
        + value(bar.atHigh())));
  }

  private static double start(TornadoBar bar, double base) {
    return Math.min(base, Math.min(bar.atLow().value(), bar.atHigh().value()));
  }

  private static double end(TornadoBar bar, double base) {
    return Math.max(base, Math.max(bar.atLow().value(), bar.atHigh().value()));
  }

  private static double span(List<TornadoBar> bars, double base) {
    double lowest = bars.stream().mapToDouble(bar -> start(bar, base)).min().orElse(base);
    double highest = bars.stream().mapToDouble(bar -> end(bar, base)).max().orElse(base);
    return highest > lowest ? highest - lowest : Math.max(1.0, Math.abs(highest));
  }

  /** The value axis's length in pixels as the chart is now laid out. */
  private static double plotWidth(XYChart chart, int height, List<TornadoBar> bars, double base) {
    if (chart.getStyler().getXAxisMin() == null) {
      double span = span(bars, base);
      double lowest = bars.stream().mapToDouble(bar -> start(bar, base)).min().orElse(base);
      chart.getStyler().setXAxisMin(lowest - 0.04 * span);
      chart.getStyler().setXAxisMax(lowest + 1.04 * span);
    }
    layOut(chart, height);
    double min = chart.getStyler().getXAxisMin();
    double max = chart.getStyler().getXAxisMax();
    return chart.getScreenXFromChart(max) - chart.getScreenXFromChart(min);
  }

  /** "Volatility  72.00% / 88.00%": the input and its low and high settings. */
  private static String name(TornadoBar bar) {
    return bar.input() + "  " + bar.low() + " / " + bar.high();
  }

  /** Paints the chart once off-screen, which fixes where its axes and plot fall. */
  private static void layOut(XYChart chart, int height) {
    Graphics2D graphics = graphics(chart, height);
    chart.paint(graphics, chart.getWidth(), chart.getHeight());
    graphics.dispose();
  }

  private static Graphics2D graphics(XYChart chart, int height) {
    return new BufferedImage(chart.getWidth(), height, BufferedImage.TYPE_INT_ARGB).createGraphics();
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
