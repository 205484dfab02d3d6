package org.warrantlab.cli.chart;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines no wider than a width, at spaces. */
final class Wrap {

  private Wrap() {
  }

  static List<String> lines(String text, FontMetrics metrics, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String longer = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && metrics.stringWidth(longer) > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(longer);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
