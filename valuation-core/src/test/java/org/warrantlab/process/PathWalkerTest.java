package org.warrantlab.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The walker steps every step, records every close and calls the contract on its busy steps only. */
class PathWalkerTest {

  /** Zero volatility, log drift 0.1 a year: log S(t) = log 2 + 0.1 t exactly enough to compare at 1e-15. */
  private static final GbmPathBuilder PATH = new GbmPathBuilder(new GbmProcess(2, 0.1, 0, 0),
      TimeGrid.of(1, 2, 3, 4, 5));

  @Test
  void theContractSeesOnlyItsBusyStepsAndTheUnmovedPrice() {
    PathWalker walker = new PathWalker(PATH);
    List<Integer> visited = new ArrayList<>();
    List<Double> prices = new ArrayList<>();
    walker.walk(new double[] {9, 0, 0, 0, 0, 0}, 1, 1, (step, logPrice) -> {
      visited.add(step);
      prices.add(logPrice);
      if (step == 1) {
        walker.move(0.5);
        return 3;
      }
      return step + 1;
    });
    assertEquals(List.of(1, 3, 4), visited);
    assertEquals(Math.log(2) + 0.4, prices.get(1), 1e-15, "the contract is given the price without the move");
    assertEquals(Math.log(2) + 0.1, walker.logClose(0), 1e-15);
    assertEquals(Math.log(2) + 0.2, walker.logClose(1), 1e-15, "the move starts after its step");
    assertEquals(Math.log(2) + 0.3 + 0.5, walker.logClose(2), 1e-15, "a quiet step is recorded, moved");
    assertEquals(Math.log(2) + 0.5 + 0.5, walker.logClose(4), 1e-15);
  }

  @Test
  void eachPathStartsUnmoved() {
    PathWalker walker = new PathWalker(PATH);
    PathWalker.Contract moveOnce = (step, logPrice) -> {
      walker.move(1);
      return 5;
    };
    walker.walk(new double[5], 0, 0, moveOnce);
    walker.walk(new double[5], 0, 0, moveOnce);
    assertEquals(Math.log(2) + 0.5 + 1, walker.logClose(4), 1e-15, "moved once on each path, after step 0");
  }
}
