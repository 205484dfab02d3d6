package org.warrantlab.sweep;

import java.util.ArrayList;
import java.util.List;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.scenario.ValuationInputs;

/** A sweep from core inputs: every cell of a grid is the base inputs with the grid's values set, same seed. */
public final class SweepStudy {

  private SweepStudy() {
  }

  /** The inputs of each cell of {@code grid}, in its row-major order. */
  public static List<ValuationInputs> cases(ValuationInputs base, SweepGrid grid) {
    List<ValuationInputs> cases = new ArrayList<>(grid.cells());
    for (int cell = 0; cell < grid.cells(); cell++) {
      cases.add(base.apply(grid.perturbations(cell)));
    }
    return cases;
  }

  /** The valuation of each cell, in row-major order, on {@code threads} threads (never changes a figure). */
  public static List<BookValuation> run(ValuationInputs base, SweepGrid grid, int threads, Progress progress) {
    return ParallelValuations.run(cases(base, grid).stream().map(ValuationCase::of).toList(), threads, progress);
  }
}
