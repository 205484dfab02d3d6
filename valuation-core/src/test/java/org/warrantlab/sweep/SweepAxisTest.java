package org.warrantlab.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.scenario.MarketField;
import org.warrantlab.scenario.NumericInput;
import org.warrantlab.scenario.Perturbation;

class SweepAxisTest {

  private static final NumericInput VOLATILITY = NumericInput.market(MarketField.VOLATILITY);
  private static final NumericInput SPOT = NumericInput.market(MarketField.SPOT);

  private static SweepAxis range(String from, String to, String step) {
    return SweepAxis.range("market.volatility", VOLATILITY, new BigDecimal(from), new BigDecimal(to), new BigDecimal(step));
  }

  @Test
  void aDecimalRangeHitsEveryDecimalExactlyAndIncludesItsEnd() {
    assertEquals(List.of(0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2), range("0.4", "1.2", "0.1").values());
  }

  @Test
  void aRangeStopsAtTheLastWholeStepBelowItsEnd() {
    assertEquals(List.of(1.0, 1.5), range("1", "1.9", "0.5").values());
    assertEquals(List.of(2.0), range("2", "2", "0.5").values());
  }

  @Test
  void emptyOrEndlessRangesAreRefusedNamingTheInput() {
    InvalidValueException empty = assertThrows(InvalidValueException.class, () -> range("1.2", "0.4", "0.1"));
    assertEquals("market.volatility", empty.field());
    assertTrue(empty.problem().contains("empty"), empty.problem());
    assertThrows(InvalidValueException.class, () -> range("0.4", "1.2", "0"));
    assertThrows(InvalidValueException.class, () -> range("0.4", "1.2", "-0.1"));
    assertTrue(assertThrows(InvalidValueException.class, () -> range("0", "1", "0.0001")).problem()
        .contains("more than 1000"));
  }

  @Test
  void listedValuesMustBeFiniteAndDistinct() {
    assertThrows(InvalidValueException.class, () -> new SweepAxis("x", VOLATILITY, List.of()));
    assertThrows(InvalidValueException.class, () -> new SweepAxis("x", VOLATILITY, List.of(1.0, Double.NaN)));
    assertThrows(InvalidValueException.class, () -> new SweepAxis("x", VOLATILITY, List.of(1.0, 2.0, 1.0)));
  }

  @Test
  void aTwoDimensionalGridIsRowMajor() {
    SweepGrid grid = new SweepGrid(List.of(new SweepAxis("a", VOLATILITY, List.of(1.0, 2.0)),
        new SweepAxis("b", SPOT, List.of(10.0, 20.0, 30.0))));
    assertEquals(6, grid.cells());
    assertArrayEquals(new double[] {1.0, 30.0}, grid.coordinates(2));
    assertArrayEquals(new double[] {2.0, 10.0}, grid.coordinates(3));
    assertArrayEquals(new int[] {1, 2}, grid.position(5));
    assertEquals(List.of(Perturbation.set(VOLATILITY, 2.0), Perturbation.set(SPOT, 30.0)), grid.perturbations(5));
  }

  @Test
  void aGridVariesTwoPlacesNotOnePlaceTwice() {
    InvalidValueException twice = assertThrows(InvalidValueException.class, () -> new SweepGrid(List.of(
        new SweepAxis("a", VOLATILITY, List.of(1.0)), new SweepAxis("b", VOLATILITY, List.of(2.0)))));
    assertEquals("b is varied twice", twice.getMessage());
  }

  @Test
  void pathCountsDoubleUpToTheLast() {
    assertEquals(List.of(1_000L, 2_000L, 4_000L, 8_000L, 10_000L), PathCounts.doubling(1_000, 10_000));
    assertEquals(List.of(5_000L), PathCounts.doubling(5_000, 5_000));
    assertThrows(InvalidValueException.class, () -> PathCounts.doubling(5_000, 4_000));
  }
}
