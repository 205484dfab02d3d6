package org.warrantlab.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.style.AxesChartStyler;

/** The look every chart shares: size, fonts and colours. */
final class ChartStyle {

  static final int WIDTH = 900;
  static final int HEIGHT = 560;

  static final Color ESTIMATE = new Color(31, 86, 148);
  static final Color BAND = new Color(31, 86, 148, 60);
  static final Color LOW = new Color(31, 86, 148);
  static final Color HIGH = new Color(214, 115, 33);
  /** The base case: the input file's own values. */
  static final Color BASE = new Color(60, 60, 60);

  private ChartStyle() {
  }

  /** Plain white background, readable fonts, grid lines in light grey. */
  static void apply(AxesChartStyler styler) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(false);
    styler.setPlotGridLinesColor(new Color(230, 230, 230));
    // Solid: a vector file would otherwise carry every dash of every grid line as a shape.
    styler.setPlotGridLinesStroke(new BasicStroke(1f));
    styler.setChartTitleFont(TextFont.sansSerif(Font.BOLD, 16));
    styler.setAxisTitleFont(TextFont.sansSerif(Font.PLAIN, 13));
    styler.setAxisTickLabelsFont(TextFont.sansSerif(Font.PLAIN, 12));
    styler.setLegendFont(TextFont.sansSerif(Font.PLAIN, 12));
    styler.setAnnotationTextFont(TextFont.sansSerif(Font.PLAIN, 12));
    styler.setAnnotationTextPanelFont(TextFont.sansSerif(Font.PLAIN, 12));
    styler.setLegendBorderColor(new Color(200, 200, 200));
    styler.setChartTitleBoxVisible(false);
    styler.setAntiAlias(true);
  }
}
