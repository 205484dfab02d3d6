package org.warrantlab.accounting;

import org.warrantlab.check.Checks;

/** A tranche's column of a roll-forward. */
public record TrancheLine(String trancheId, RollForwardLine line) {

  public TrancheLine {
    Checks.notNull(trancheId, "trancheId");
    Checks.notNull(line, "line");
  }
}
