package org.warrantlab.cli;

import org.warrantlab.sweep.Measure;
import picocli.CommandLine.Option;

/** The {@code --tranche} option: follow one tranche's value per warrant instead of the book's total. */
final class MeasureOption {

  @Option(names = "--tranche", paramLabel = "ID",
      description = "Follow this tranche's fair value per warrant (default: the total fair value of the book).")
  String tranche;

  /** The figure to follow; fails naming the file's tranches when the id is not one of them. */
  Measure measure(StudyCases input) {
    if (tranche == null) {
      return Measure.TOTAL;
    }
    if (!input.trancheIds().contains(tranche)) {
      throw new UserError("--tranche " + tranche + ": no tranche has that id; the file's tranches are "
          + String.join(", ", input.trancheIds()));
    }
    return Measure.perWarrant(tranche);
  }
}
