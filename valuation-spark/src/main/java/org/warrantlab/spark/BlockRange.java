package org.warrantlab.spark;

import java.io.Serializable;

/**
 * What one task simulates: blocks {@code from} (inclusive) to {@code to} (exclusive) of run {@code run} of a
 * simulation plan.
 */
record BlockRange(int run, int from, int to) implements Serializable {

  BlockRange {
    if (run < 0 || from < 0 || to <= from) {
      throw new IllegalArgumentException("blocks " + from + " to " + to + " of run " + run + " are no range");
    }
  }
}
