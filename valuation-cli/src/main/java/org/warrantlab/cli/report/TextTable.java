package org.warrantlab.cli.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A table of text cells, rendered as aligned plain text for a terminal or as a Markdown pipe table for a
 * memo. The first column is left-aligned (labels), the others right-aligned (figures), unless a column
 * is declared as text. Plain text too wide for its width is split into blocks of columns, one under the other,
 * each repeating the key columns that name the rows.
 */
public final class TextTable {

  /** The fewest columns a last column of text keeps when it wraps rather than the table splitting. */
  private static final int WRAPPED_COLUMN = 30;

  private final List<String> headers;
  private final boolean[] leftAligned;
  private final List<List<String>> rows = new ArrayList<>();
  /** Whether column i starts a run of columns a split keeps in one block. */
  private final boolean[] startsGroup;
  private int keyColumns = 1;

  /** A table whose first {@code textColumns} columns hold labels rather than figures. */
  public TextTable(List<String> headers, int textColumns) {
    this.headers = List.copyOf(headers);
    this.leftAligned = new boolean[headers.size()];
    this.startsGroup = new boolean[headers.size()];
    Arrays.fill(startsGroup, true);
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

  /** Column {@code column} holds text: left-aligned, like the labels. */
  public TextTable text(int column) {
    leftAligned[column] = true;
    return this;
  }

  /** The first {@code count} columns name the rows: a split repeats them in every block. */
  public TextTable keys(int count) {
    keyColumns = Math.max(1, Math.min(count, headers.size()));
    return this;
  }

  /** Columns {@code from} to {@code to} (inclusive) stay in one block when the table is split. */
  public TextTable together(int from, int to) {
    for (int i = from + 1; i <= to; i++) {
      startsGroup[i] = false;
    }
    return this;
  }

  /** Columns padded to their widest cell, two spaces apart, each line indented by {@code indent}. */
  public String plain(String indent) {
    return plain(indent, 0);
  }

  /**
   * As {@link #plain(String)}, within {@code width} columns (unbounded when zero): a last column of text too long for
   * the room wraps under itself; a table still too wide is split into blocks of columns separated by a blank line.
   */
  public String plain(String indent, int width) {
    int[] widths = new int[headers.size()];
    for (List<String> line : allLines()) {
      for (int i = 0; i < line.size(); i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    int room = width <= 0 ? 0 : width - indent.length();
    int last = headers.size() - 1;
    int others = 0;
    for (int i = 0; i < last; i++) {
      others += widths[i] + 2;
    }
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i <= last; i++) {
      all.add(i);
    }
    if (room > 0 && last > 0 && others + widths[last] > room && room - others >= WRAPPED_COLUMN) {
      int fit = room - others;
      widths[last] = allLines().stream().mapToInt(line -> line.get(last).length()).filter(n -> n <= fit).max()
          .orElse(0);
      return block(indent, widths, all, width);
    }
    List<List<Integer>> groups = new ArrayList<>();
    for (int i = keyColumns; i < headers.size(); i++) {
      if (startsGroup[i] || groups.isEmpty()) {
        groups.add(new ArrayList<>());
      }
      groups.get(groups.size() - 1).add(i);
    }
    StringBuilder out = new StringBuilder();
    for (List<Integer> block : ColumnBlocks.of(widths, keyColumns, groups, room)) {
      out.append(out.length() > 0 ? "\n" : "").append(block(indent, widths, block, 0));
    }
    return out.toString();
  }

  /** The lines of {@code columns}; a last cell wider than its column wraps within {@code width}. */
  private String block(String indent, int[] widths, List<Integer> columns, int width) {
    StringBuilder out = new StringBuilder();
    int last = columns.get(columns.size() - 1);
    for (List<String> line : allLines()) {
      StringBuilder text = new StringBuilder(indent);
      for (int i : columns) {
        text.append(i == columns.get(0) ? "" : "  ");
        if (i == last && line.get(i).length() > widths[i]) {
          out.append(Wrapped.line(text.toString(), line.get(i), width).replace(System.lineSeparator(), "\n"));
          text.setLength(0);
          break;
        }
        String padding = " ".repeat(widths[i] - line.get(i).length());
        text.append(leftAligned[i] ? line.get(i) + padding : padding + line.get(i));
      }
      if (text.length() > 0) {
        out.append(text.toString().stripTrailing()).append('\n');
      }
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
