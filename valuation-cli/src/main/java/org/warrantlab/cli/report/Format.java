package org.warrantlab.cli.report;

/** Output formats of the {@code value} command. */
public enum Format {
  TABLE, JSON, CSV
}
