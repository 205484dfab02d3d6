package org.warrantlab.cli.report;

import java.util.List;

/** A {@link Document} as plain text: headings underlined, tables aligned and indented. */
final class PlainDocument implements Document {

  private final StringBuilder out = new StringBuilder();

  @Override
  public void heading(int level, String text) {
    separate();
    out.append(text).append('\n').append((level == 1 ? "=" : "-").repeat(text.length())).append('\n');
  }

  @Override
  public void paragraph(String text) {
    separate();
    out.append(text).append('\n');
  }

  @Override
  public void bullets(List<String> items) {
    separate();
    items.forEach(item -> out.append("  - ").append(item).append('\n'));
  }

  @Override
  public void table(TextTable table) {
    separate();
    out.append(table.plain("  "));
  }

  @Override
  public String text() {
    return out.toString();
  }

  private void separate() {
    if (out.length() > 0) {
      out.append('\n');
    }
  }
}
