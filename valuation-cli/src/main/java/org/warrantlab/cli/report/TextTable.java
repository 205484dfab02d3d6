package org.warrantlab.cli.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table of text cells, rendered as aligned plain text for a terminal or as a Markdown pipe table for a
 * memo. The first column is left-aligned (labels), the others right-aligned (figures), unless a column
 * is declared as text.
 */
public final class TextTable {

  private final List<String> headers;
  private final boolean[] leftAligned;
  private final List<List<String>> rows = new ArrayList<>();

  /** A table whose first {@code textColumns} columns hold labels rather than figures. */
  public TextTable(List<String> headers, int textColumns) {
    this.headers = List.copyOf(headers);
    this.leftAligned = new boolean[headers.size()];
    for (int i = 0; i < Math.min(textColumns, headers.size()); i++) {
      leftAligned[i] = true;
    }
  }

  public TextTable(List<String> headers) {
    this(headers, 1);
  }

  public TextTable row(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException("a row of " + cells.size() + " cells in a table of " + headers.size());
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  public TextTable row(String... cells) {
    return row(List.of(cells));
  }

  /** Columns padded to their widest cell, two spaces apart, each line indented by {@code indent}. */
  public String plain(String indent) {
    int[] widths = new int[headers.size()];
    for (List<String> line : allLines()) {
      for (int i = 0; i < line.size(); i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> line : allLines()) {
      StringBuilder text = new StringBuilder(indent);
      for (int i = 0; i < line.size(); i++) {
        String padding = " ".repeat(widths[i] - line.get(i).length());
        text.append(i == 0 ? "" : "  ").append(leftAligned[i] ? line.get(i) + padding : padding + line.get(i));
      }
      out.append(text.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** A GitHub-flavoured Markdown table; pipes inside cells are escaped. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append(markdownLine(headers));
    List<String> rule = new ArrayList<>();
    for (boolean left : leftAligned) {
      rule.add(left ? ":---" : "---:");
    }
    out.append("|").append(String.join("|", rule)).append("|\n");
    rows.forEach(row -> out.append(markdownLine(row)));
    return out.toString();
  }

  private List<List<String>> allLines() {
    List<List<String>> lines = new ArrayList<>(Collections.singletonList(headers));
    lines.addAll(rows);
    return lines;
  }

  private static String markdownLine(List<String> cells) {
    List<String> escaped = cells.stream().map(cell -> cell.replace("|", "\\|")).toList();
    return "| " + String.join(" | ", escaped) + " |\n";
  }
}
