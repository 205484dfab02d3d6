package org.warrantlab.cli.report;

import java.util.List;

/** A {@link Document} built as text, its blocks separated by blank lines; subclasses choose the markup. */
abstract class TextDocument implements Document {

  private final StringBuilder out = new StringBuilder();

  @Override
  public final void heading(int level, String text) {
    block(headingText(level, text));
  }

  @Override
  public final void paragraph(String text) {
    block(paragraphText(text));
  }

  @Override
  public final void bullets(List<String> items) {
    StringBuilder list = new StringBuilder();
    items.forEach(item -> list.append(bulletText(item)));
    block(list.toString());
  }

  @Override
  public final void table(TextTable table) {
    block(tableText(table));
  }

  @Override
  public final String text() {
    return out.toString();
  }

  /** The heading's lines, ending in a newline. */
  abstract String headingText(int level, String text);

  /** The paragraph's lines, ending in a newline. */
  abstract String paragraphText(String text);

  /** One item of a bullet list, its lines ending in a newline. */
  abstract String bulletText(String item);

  /** The table's lines, ending in a newline. */
  abstract String tableText(TextTable table);

  private void block(String text) {
    if (out.length() > 0) {
      out.append('\n');
    }
    out.append(text);
  }
}
