package org.warrantlab.cli.report;

import java.util.List;

/**
 * A report written as headings, paragraphs, bullet lists and tables, so one description of a report
 * gives both the terminal text and the Markdown memo.
 */
public interface Document {

  /** A section heading; level 1 is the title. */
  void heading(int level, String text);

  void paragraph(String text);

  void bullets(List<String> items);

  void table(TextTable table);

  /** The document so far. */
  String text();

  /**
   * Aligned plain text with underlined headings, for a terminal or a working paper: within {@link Wrapped#COLUMNS}
   * columns, or as wide as its content when {@code wide}.
   */
  static Document plain(boolean wide) {
    return new PlainDocument(Wrapped.width(wide));
  }

  /** GitHub-flavoured Markdown, for a memo. */
  static Document markdown() {
    return new MarkdownDocument();
  }
}
