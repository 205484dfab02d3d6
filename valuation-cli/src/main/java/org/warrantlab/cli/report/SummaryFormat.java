package org.warrantlab.cli.report;

/** Output formats of the commands that print one measurement ({@code vol}, {@code vwap}): a table or JSON. */
public enum SummaryFormat {
  TABLE, JSON
}
