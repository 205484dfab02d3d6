package org.warrantlab.cli.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Text in a table's last column wrapped at word boundaries so that its lines fit a terminal: the first line after
 * its prefix (a tranche's id, a date and an event), the others indented under it.
 */
public final class Wrapped {

  /** The width tables fit by default; {@code --wide} lifts it. */
  public static final int COLUMNS = 120;

  private Wrapped() {
  }

  /** {@code prefix} and {@code text}, wrapped within {@code width} columns (unbounded when zero), ending in a newline. */
  public static String line(String prefix, String text, int width) {
    if (width <= 0 || prefix.length() + text.length() <= width) {
      return prefix + text + System.lineSeparator();
    }
    int room = Math.max(20, width - prefix.length());
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : text.split(" ")) {
      if (current.length() > 0 && current.length() + 1 + word.length() > room) {
        lines.add(current.toString());
        current.setLength(0);
      }
      current.append(current.length() > 0 ? " " : "").append(word);
    }
    lines.add(current.toString());
    String indent = " ".repeat(prefix.length());
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == 0 ? prefix : indent).append(lines.get(i)).append(System.lineSeparator());
    }
    return out.toString();
  }
}
