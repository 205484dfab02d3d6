package org.warrantlab.cli.chart;

import java.awt.Color;

/** The heat map's colours, light for the lowest value to dark for the highest, blended evenly in between. */
final class HeatColours {

  /** Light enough at the top that black figures stay readable on every cell. */
  static final Color[] STOPS = {new Color(255, 255, 229), new Color(254, 196, 79), new Color(236, 112, 20)};

  private HeatColours() {
  }

  /** The colour a fraction {@code fraction} of the way from the lowest value (0) to the highest (1). */
  static Color at(double fraction) {
    double position = Math.max(0, Math.min(1, fraction)) * (STOPS.length - 1);
    int from = Math.min((int) position, STOPS.length - 2);
    double t = position - from;
    Color a = STOPS[from];
    Color b = STOPS[from + 1];
    return new Color(blend(a.getRed(), b.getRed(), t), blend(a.getGreen(), b.getGreen(), t),
        blend(a.getBlue(), b.getBlue(), t));
  }

  private static int blend(int a, int b, double t) {
    return (int) Math.round(a + (b - a) * t);
  }
}
