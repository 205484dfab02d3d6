package org.warrantlab.cli.chart;

import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.knowm.xchart.style.AxesChartStyler;

/** The look every chart shares: size, fonts, colours and number formats. */
final class ChartStyle {

  static final int WIDTH = 900;
  static final int HEIGHT = 560;

  static final Color ESTIMATE = new Color(31, 86, 148);
  static final Color BAND = new Color(31, 86, 148, 60);
  static final Color LOW = new Color(31, 86, 148);
  static final Color HIGH = new Color(214, 115, 33);
  /** Light enough at the top that black figures stay readable on every cell. */
  static final Color[] HEAT = {new Color(255, 255, 229), new Color(254, 196, 79), new Color(236, 112, 20)};

  private ChartStyle() {
  }

  /** Plain white background, readable fonts, grid lines in light grey. */
  static void apply(AxesChartStyler styler) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(false);
    styler.setPlotGridLinesColor(new Color(225, 225, 225));
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    styler.setLegendBorderColor(new Color(200, 200, 200));
    styler.setChartTitleBoxVisible(false);
    styler.setAntiAlias(true);
  }

  /** A figure on an axis: thousands separated, at most 4 decimals, no trailing zeros. */
  static String number(double value) {
    if (Math.abs(value) >= 1000) {
      return String.format(Locale.US, "%,.0f", value);
    }
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
