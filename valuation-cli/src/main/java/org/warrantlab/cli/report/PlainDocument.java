package org.warrantlab.cli.report;

/**
 * A {@link Document} as plain text: headings underlined, tables aligned and indented; paragraphs and bullets wrapped
 * and tables split into blocks of columns within a width (unbounded when zero).
 */
final class PlainDocument extends TextDocument {

  private final int width;

  PlainDocument(int width) {
    this.width = width;
  }

  @Override
  String headingText(int level, String text) {
    String lines = Wrapped.paragraph(text, width).replace(System.lineSeparator(), "\n");
    int longest = lines.lines().mapToInt(String::length).max().orElse(0);
    return lines + (level == 1 ? "=" : "-").repeat(longest) + "\n";
  }

  @Override
  String paragraphText(String text) {
    return Wrapped.paragraph(text, width);
  }

  @Override
  String bulletText(String item) {
    return Wrapped.line("  - ", item, width);
  }

  @Override
  String tableText(TextTable table) {
    return table.plain("  ", width);
  }
}
