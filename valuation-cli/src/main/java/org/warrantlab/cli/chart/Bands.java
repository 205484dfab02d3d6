package org.warrantlab.cli.chart;

import java.awt.BasicStroke;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A line of estimates with a shaded band of a multiple of their standard errors around it. */
final class Bands {

  private Bands() {
  }

  /**
   * @param multiple the band's half-width in standard errors
   * @param bandName the band's name in the legend
   */
  static XYChart chart(String title, String xTitle, String yTitle, double[] x, double[] y, double[] standardErrors,
      double multiple, String bandName) {
    XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
        .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    ChartStyle.apply(chart.getStyler());
    // Beside the plot, where it cannot cover the band.
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setyAxisTickLabelsFormattingFunction(AxisUnit.MONEY::format);
    int n = x.length;
    double[] polygonX = new double[2 * n];
    double[] polygonY = new double[2 * n];
    for (int i = 0; i < n; i++) {
      polygonX[i] = x[i];
      polygonY[i] = y[i] + multiple * standardErrors[i];
      polygonX[2 * n - 1 - i] = x[i];
      polygonY[2 * n - 1 - i] = y[i] - multiple * standardErrors[i];
    }
    XYSeries band = chart.addSeries(bandName, polygonX, polygonY);
    band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    band.setFillColor(ChartStyle.BAND);
    band.setLineColor(ChartStyle.BAND);
    band.setMarker(SeriesMarkers.NONE);
    XYSeries estimate = chart.addSeries("Estimate", x, y);
    estimate.setLineColor(ChartStyle.ESTIMATE);
    estimate.setMarkerColor(ChartStyle.ESTIMATE);
    estimate.setMarker(SeriesMarkers.CIRCLE);
    return chart;
  }

  /** A vertical line at {@code base} from {@code low} to {@code high}, named in the legend. */
  static void markBase(XYChart chart, double base, double low, double high, String name) {
    XYSeries line = chart.addSeries(name, new double[] {base, base}, new double[] {low, high});
    line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    line.setLineColor(ChartStyle.BASE);
    line.setLineStyle(new BasicStroke(1.5f));
    line.setMarker(SeriesMarkers.NONE);
  }
}
