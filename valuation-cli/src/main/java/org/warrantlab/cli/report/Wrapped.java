package org.warrantlab.cli.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Text wrapped at word boundaries so that its lines fit a terminal: the first line after its prefix (a bullet, a
 * tranche's id, a caption), the others indented under it. A word is never broken, so a path or a SHA-256 longer than
 * the room stands alone on its line.
 */
public final class Wrapped {

  /** The width plain-text reports fit by default; {@code --wide} lifts it. */
  public static final int COLUMNS = 120;

  /**
   * Where fitted text starts a new line, and unbounded text goes on after a space: before a part whose length varies
   * from machine to machine (a revision, a thread count, a run time), so that it never moves the other breaks.
   */
  public static final String BREAK = "\n";

  private Wrapped() {
  }

  /** The width a report fits: {@link #COLUMNS}, or unbounded (zero) with {@code --wide}. */
  public static int width(boolean wide) {
    return wide ? 0 : COLUMNS;
  }

  /** A paragraph wrapped within {@code width} columns (unbounded when zero), each line ending in a newline. */
  public static String paragraph(String text, int width) {
    return line("", text, width);
  }

  /**
   * {@code prefix} and {@code text}, wrapped within {@code width} columns (unbounded when zero), ending in a newline;
   * a {@link #BREAK} in {@code text} starts a new line under the prefix's indent, or is a space when unbounded.
   */
  public static String line(String prefix, String text, int width) {
    String indent = " ".repeat(prefix.length());
    StringBuilder out = new StringBuilder();
    String[] given = width <= 0 ? new String[] {text.replace(" " + BREAK, " ").replace(BREAK, " ")}
        : text.split(BREAK, -1);
    for (int k = 0; k < given.length; k++) {
      String piece = k < given.length - 1 ? given[k].stripTrailing() : given[k];
      List<String> lines = wrap(piece, width <= 0 ? Integer.MAX_VALUE : Math.max(20, width - prefix.length()));
      for (int i = 0; i < lines.size(); i++) {
        String start = k == 0 && i == 0 ? prefix : indent;
        String shown = lines.get(i).isEmpty() ? start.stripTrailing() : start + lines.get(i);
        out.append(shown).append(System.lineSeparator());
      }
    }
    return out.toString();
  }

  private static List<String> wrap(String text, int room) {
    List<String> lines = new ArrayList<>();
    if (text.length() <= room) {
      lines.add(text);
      return lines;
    }
    StringBuilder current = new StringBuilder();
    for (String word : text.split(" ")) {
      if (current.length() > 0 && current.length() + 1 + word.length() > room) {
        lines.add(current.toString());
        current.setLength(0);
      }
      current.append(current.length() > 0 ? " " : "").append(word);
    }
    lines.add(current.toString());
    return lines;
  }
}
