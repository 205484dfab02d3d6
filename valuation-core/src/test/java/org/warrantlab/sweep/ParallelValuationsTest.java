package org.warrantlab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.scenario.MarketField;
import org.warrantlab.scenario.NumericInput;

class ParallelValuationsTest {

  private static final SimulationSettings SETTINGS = new SimulationSettings(20_000, 2009, true, true, 1);

  /**
   * A fine 5 × 5 sweep of volatility and spot around Capstone's 80% and $1.32, over the full-ratchet
   * tranche: neighbouring cells differ by about one standard error of a cell (20,000 paths).
   */
  private static final SweepGrid VOLATILITY_BY_SPOT = new SweepGrid(List.of(
      new SweepAxis("volatility", NumericInput.market(MarketField.VOLATILITY), List.of(0.76, 0.78, 0.80, 0.82, 0.84)),
      new SweepAxis("spot", NumericInput.market(MarketField.SPOT), List.of(1.28, 1.30, 1.32, 1.34, 1.36))));

  /** The sweep's cases: every cell with the same seed, or with a seed of its own. */
  private static List<ValuationCase> resetSurface(SweepGrid grid, boolean commonRandomNumbers) {
    List<ValuationCase> cases = new ArrayList<>();
    for (int cell = 0; cell < grid.cells(); cell++) {
      double[] at = grid.coordinates(cell);
      SimulationSettings settings = commonRandomNumbers ? SETTINGS : new SimulationSettings(SETTINGS.paths(),
          SETTINGS.seed() + cell, true, true, 1);
      cases.add(Cases.resetCase(at[1], at[0], settings));
    }
    return cases;
  }

  /** Steps between neighbouring cells, along either axis, where the value does not rise. */
  private static List<String> fallingSteps(List<BookValuation> cells, SweepGrid grid) {
    int rows = grid.axis(0).size();
    int columns = grid.columns();
    List<String> falling = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        double value = cells.get(i * columns + j).total().value();
        if (i + 1 < rows && !(cells.get((i + 1) * columns + j).total().value() > value)) {
          falling.add("volatility step from row " + i + " at column " + j);
        }
        if (j + 1 < columns && !(cells.get(i * columns + j + 1).total().value() > value)) {
          falling.add("spot step from column " + j + " at row " + i);
        }
      }
    }
    return falling;
  }

  /**
   * With common random numbers a reset warrant's surface is monotone where theory says: its value rises
   * with volatility (more down rounds and more convexity) and with the share price. For the share price
   * this holds path by path: on a path the payoff of a full ratchet that adjusts the share count is
   * m X/X' max(S_T - X', 0) with X' = min(X, max(P, floor)), which never falls when the spot, and with it
   * S_T and the issue price P, scale up; with the same normals in every cell, the estimates inherit it.
   */
  @Test
  void aResetWarrantsSurfaceRisesWithVolatilityAndSpot() {
    List<BookValuation> cells = ParallelValuations.run(resetSurface(VOLATILITY_BY_SPOT, true), 2, Progress.NONE);
    assertEquals(List.of(), fallingSteps(cells, VOLATILITY_BY_SPOT));
  }

  /**
   * The same grid with a seed of its own in each cell is not monotone: the steps are about one standard
   * error, so independent noise reverses some of them (7 of the 40 with these seeds). Common random
   * numbers are what make the surface smooth.
   */
  @Test
  void withoutCommonRandomNumbersTheSameSurfaceIsNoisy() {
    List<BookValuation> cells = ParallelValuations.run(resetSurface(VOLATILITY_BY_SPOT, false), 2, Progress.NONE);
    assertFalse(fallingSteps(cells, VOLATILITY_BY_SPOT).isEmpty());
  }

  @Test
  void everyCellIsTheValuationOfItsCaseOnAnyThreadCount() {
    List<ValuationCase> cases = resetSurface(VOLATILITY_BY_SPOT, true).subList(0, 5);
    AtomicInteger done = new AtomicInteger();
    List<BookValuation> parallel = ParallelValuations.run(cases, 3, done::incrementAndGet);
    List<BookValuation> sequential = ParallelValuations.run(cases, 1, Progress.NONE);
    assertEquals(cases.size(), done.get());
    for (int i = 0; i < cases.size(); i++) {
      assertEquals(cases.get(i).value().total(), parallel.get(i).total());
      assertEquals(sequential.get(i).tranches().get(0).perWarrant(), parallel.get(i).tranches().get(0).perWarrant());
    }
  }
}
