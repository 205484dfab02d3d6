package org.warrantlab.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The key beside a heat map: a colour scale from the lowest cell to the highest with five figures on it,
 * then the base-case marker and what it stands for, then the largest standard error of any cell.
 *
 * @param heading what the colours measure, e.g. "Total fair value (USD)"
 * @param low the lowest cell's value
 * @param high the highest cell's value
 * @param unit how the scale's figures read
 * @param baseCase the lines that say where the base case is
 * @param footnote a line under the key
 * @param marked whether the base case is on the grid, its cell or cells outlined
 */
record HeatMapLegend(String heading, double low, double high, AxisUnit unit, List<String> baseCase, String footnote,
    boolean marked) {

  /** The strip's width beside the plot, in pixels. */
  static final int WIDTH = 200;
  static final Font FONT = TextFont.sansSerif(Font.PLAIN, 12);
  static final Font BOLD = TextFont.sansSerif(Font.BOLD, 12);
  private static final int BAR_WIDTH = 18;
  private static final int TICKS = 5;
  private static final int LINE = 16;

  HeatMapLegend {
    baseCase = List.copyOf(baseCase);
  }

  /** Paints the key in the strip {@code strip}, the scale running the height {@code scaleTop}..{@code scaleBottom}. */
  void paint(Graphics2D g, Rectangle2D strip, double scaleTop, double scaleBottom) {
    g.setColor(Color.WHITE);
    g.fill(strip);
    double x = strip.getX() + 12;
    double y = scaleTop;
    g.setColor(Color.BLACK);
    g.setFont(BOLD);
    for (String line : Wrap.lines(heading, g.getFontMetrics(BOLD), (int) strip.getWidth() - 20)) {
      g.drawString(line, (float) x, (float) (y + 12));
      y += LINE;
    }
    double top = y + 8;
    double bottom = Math.max(top + 80, Math.min(scaleBottom, top + 200));
    scale(g, x, top, bottom);
    y = bottom + 28;
    g.setFont(FONT);
    if (marked) {
      BaseCaseMarker.outline(g, new Rectangle2D.Double(x - 2, y - 14, BAR_WIDTH + 4, 18));
    }
    g.setColor(Color.BLACK);
    for (String entry : baseCase) {
      for (String line : Wrap.lines(entry, g.getFontMetrics(FONT), (int) strip.getWidth() - BAR_WIDTH - 28)) {
        g.drawString(line, (float) (x + BAR_WIDTH + 8), (float) y);
        y += LINE;
      }
    }
    y += LINE / 2.0;
    for (String line : Wrap.lines(footnote, g.getFontMetrics(FONT), (int) strip.getWidth() - 20)) {
      g.drawString(line, (float) x, (float) y);
      y += LINE;
    }
  }

  private void scale(Graphics2D g, double x, double top, double bottom) {
    int steps = (int) Math.round(bottom - top);
    for (int i = 0; i < steps; i++) {
      g.setColor(HeatColours.at(1 - (i + 0.5) / steps));
      g.fill(new Rectangle2D.Double(x, top + i, BAR_WIDTH, 1.2));
    }
    g.setColor(Color.GRAY);
    g.setStroke(new BasicStroke(1f));
    g.draw(new Rectangle2D.Double(x, top, BAR_WIDTH, bottom - top));
    g.setFont(FONT);
    FontMetrics metrics = g.getFontMetrics(FONT);
    for (int t = 0; t < TICKS; t++) {
      double fraction = t / (TICKS - 1.0);
      double tickY = bottom - fraction * (bottom - top);
      g.setColor(Color.GRAY);
      g.draw(new java.awt.geom.Line2D.Double(x + BAR_WIDTH, tickY, x + BAR_WIDTH + 4, tickY));
      g.setColor(Color.BLACK);
      g.drawString(unit.format(low + fraction * (high - low)), (float) (x + BAR_WIDTH + 8),
          (float) (tickY + metrics.getAscent() / 2.0 - 1));
    }
  }

  /** The outline that marks the base case, on the map and in the key: black, haloed in white. */
  static final class BaseCaseMarker {

    private BaseCaseMarker() {
    }

    static void outline(Graphics2D g, Rectangle2D cells) {
      Rectangle2D shape = new Rectangle2D.Double(cells.getX() + 2, cells.getY() + 2, cells.getWidth() - 4,
          cells.getHeight() - 4);
      g.setStroke(new BasicStroke(4.5f));
      g.setColor(Color.WHITE);
      g.draw(shape);
      g.setStroke(new BasicStroke(2f));
      g.setColor(Color.BLACK);
      g.draw(shape);
    }
  }
}
