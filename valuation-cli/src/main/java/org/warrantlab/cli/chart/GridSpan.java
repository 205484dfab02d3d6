package org.warrantlab.cli.chart;

import java.util.List;
import java.util.Optional;

/**
 * The cells of a sweep axis a value falls in: the one cell whose value it is, or the two neighbouring
 * cells it lies between.
 *
 * @param first the first cell's index
 * @param last the last cell's index, {@code first} or the next
 */
record GridSpan(int first, int last) {

  /** Whether the value is one of the axis's own. */
  boolean exact() {
    return first == last;
  }

  /** The cells of {@code values} that {@code value} falls in, or empty where it is off the axis. */
  static Optional<GridSpan> of(List<Double> values, double value) {
    for (int k = 0; k < values.size(); k++) {
      if (values.get(k) == value) {
        return Optional.of(new GridSpan(k, k));
      }
    }
    for (int k = 0; k + 1 < values.size(); k++) {
      if (Math.min(values.get(k), values.get(k + 1)) < value && value < Math.max(values.get(k), values.get(k + 1))) {
        return Optional.of(new GridSpan(k, k + 1));
      }
    }
    return Optional.empty();
  }
}
