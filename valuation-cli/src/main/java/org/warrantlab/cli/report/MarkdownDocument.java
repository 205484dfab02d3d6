package org.warrantlab.cli.report;

/** A {@link Document} as GitHub-flavoured Markdown. */
final class MarkdownDocument extends TextDocument {

  @Override
  String headingText(int level, String text) {
    return "#".repeat(level) + " " + text + "\n";
  }

  @Override
  String paragraphText(String text) {
    return text + "\n";
  }

  @Override
  String bulletText(String item) {
    return "- " + item + "\n";
  }

  @Override
  String tableText(TextTable table) {
    return table.markdown();
  }
}
