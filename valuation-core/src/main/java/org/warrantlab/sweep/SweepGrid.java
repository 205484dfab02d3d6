package org.warrantlab.sweep;

import java.util.ArrayList;
import java.util.List;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.scenario.Perturbation;

/**
 * The cells of a one- or two-dimensional sweep, in row-major order: the first axis varies slowest, so
 * cell {@code i * columns + j} has the first axis at its i-th value and the second at its j-th.
 */
public record SweepGrid(List<SweepAxis> axes) {

  public SweepGrid {
    axes = List.copyOf(axes);
    if (axes.isEmpty() || axes.size() > 2) {
      throw new InvalidValueException("axes", "must be one or two but were " + axes.size());
    }
    if (axes.size() == 2 && axes.get(0).place().equals(axes.get(1).place())) {
      throw new InvalidValueException(axes.get(1).input(), "is varied twice");
    }
  }

  public int dimensions() {
    return axes.size();
  }

  public SweepAxis axis(int index) {
    return axes.get(index);
  }

  public int cells() {
    return axes.stream().mapToInt(SweepAxis::size).reduce(1, (a, b) -> a * b);
  }

  /** Values of the second axis (1 for a one-dimensional sweep). */
  public int columns() {
    return axes.size() == 2 ? axes.get(1).size() : 1;
  }

  /** The index of each axis's value in {@code cell}. */
  public int[] position(int cell) {
    return axes.size() == 2 ? new int[] {cell / columns(), cell % columns()} : new int[] {cell};
  }

  /** The value of each axis in {@code cell}. */
  public double[] coordinates(int cell) {
    int[] position = position(cell);
    double[] coordinates = new double[position.length];
    for (int a = 0; a < position.length; a++) {
      coordinates[a] = axes.get(a).value(position[a]);
    }
    return coordinates;
  }

  /** The perturbations that make {@code cell} from the base inputs: each axis set to its value there. */
  public List<Perturbation> perturbations(int cell) {
    int[] position = position(cell);
    List<Perturbation> perturbations = new ArrayList<>(position.length);
    for (int a = 0; a < position.length; a++) {
      perturbations.add(axes.get(a).perturbation(position[a]));
    }
    return perturbations;
  }
}
