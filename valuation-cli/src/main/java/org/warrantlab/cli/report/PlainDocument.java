package org.warrantlab.cli.report;

/** A {@link Document} as plain text: headings underlined, tables aligned and indented. */
final class PlainDocument extends TextDocument {

  @Override
  String headingText(int level, String text) {
    return text + "\n" + (level == 1 ? "=" : "-").repeat(text.length()) + "\n";
  }

  @Override
  String bullet() {
    return "  - ";
  }

  @Override
  String tableText(TextTable table) {
    return table.plain("  ");
  }
}
