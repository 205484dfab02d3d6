package org.warrantlab.cli;

import java.util.Optional;
import org.warrantlab.cli.report.Format;

/** Output formats of the studies that also write a workbook ({@code greeks}, {@code sweep}, {@code tornado}). */
enum StudyFormat {
  TABLE, JSON, CSV, XLSX;

  /** The text format, or empty for the workbook. */
  Optional<Format> text() {
    return this == XLSX ? Optional.empty() : Optional.of(Format.valueOf(name()));
  }
}
