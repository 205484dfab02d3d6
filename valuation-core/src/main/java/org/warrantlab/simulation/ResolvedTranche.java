package org.warrantlab.simulation;

import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;

/**
 * A tranche placed on a book's grid.
 *
 * @param resolved the tranche resolved against the valuation date
 * @param expiryStep the grid step of its expiry (-1: the valuation date)
 * @param discount the discount factor of its expiry
 * @param protectedFrom the first step on which a share issue can reset its terms
 * @param protectedTo the last step on which a share issue can reset its terms
 * @param exercise its exercise dates before and at expiry on the grid
 */
record ResolvedTranche(ResolvedWarrant resolved, int expiryStep, double discount, int protectedFrom, int protectedTo,
    TrancheExercise exercise) {

  Warrant warrant() {
    return resolved.warrant();
  }

  /** N/(N+M) at the valuation date's share count, or 1 without dilution. */
  double staticDilution() {
    return resolved.dilutionFactor();
  }

  /** Whether it is still outstanding on step {@code step}: it expires on it or later. */
  boolean aliveOn(int step) {
    return expiryStep >= step;
  }

  /** Whether a share issue on step {@code step} falls inside its protection period. */
  boolean protectedOn(int step) {
    return step >= protectedFrom && step <= protectedTo;
  }
}
