package org.warrantlab.cli.chart;

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
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    chart.getStyler().setxAxisTickLabelsFormattingFunction(ChartStyle::number);
    chart.getStyler().setyAxisTickLabelsFormattingFunction(ChartStyle::number);
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
}
