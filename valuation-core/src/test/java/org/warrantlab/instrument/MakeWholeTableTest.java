package org.warrantlab.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.warrantlab.check.InvalidValueException;

/** The make-whole table read by hand: rows $10, $11, $12; columns 0 and 12 months; a cap of 0.15 shares. */
class MakeWholeTableTest {

  private static final MakeWholeTable TABLE = new MakeWholeTable(new double[] {10, 11, 12}, new double[] {0, 12},
      new double[][] {{0.000, 0.050}, {0.042, 0.100}, {0.115, 0.200}}, 0.15);

  @Test
  void aCellReadsItsOwnShares() {
    assertEquals(0.100, TABLE.shares(11, 12), 1e-15);
    assertEquals(0.042, TABLE.shares(11, 0), 1e-15);
  }

  @Test
  void betweenCellsTheSharesAreInterpolatedLinearlyInBothDirections() {
    // $10.50, 6 months: (0 + 0.05) / 2 = 0.025 at $10, (0.042 + 0.1) / 2 = 0.071 at $11, halfway 0.048
    assertEquals(0.048, TABLE.shares(10.5, 6), 1e-15);
    // $11.25, 3 months: 0.042 + 0.25 * 0.058 = 0.0565 at $11, 0.115 + 0.25 * 0.085 = 0.13625 at $12
    assertEquals(0.0565 + 0.25 * (0.13625 - 0.0565), TABLE.shares(11.25, 3), 1e-15);
  }

  @Test
  void beyondTheTableTheNearestRowOrColumnIsRead() {
    assertEquals(0.050, TABLE.shares(9, 12), 1e-15);
    assertEquals(0.050, TABLE.shares(9, 60), 1e-15);
    assertEquals(0.13625, TABLE.shares(20, 3), 1e-15);
  }

  @Test
  void theCapHolds() {
    assertEquals(0.15, TABLE.shares(12, 12), 1e-15);
    assertEquals(0.15, TABLE.shares(30, 60), 1e-15);
    // $12, 9 months: 0.115 + 0.75 * 0.085 = 0.17875 is capped
    assertEquals(0.15, TABLE.shares(12, 9), 1e-15);
  }

  @Test
  void aRowWithAHoleIsRefusedNamingTheRow() {
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> new MakeWholeTable(
        new double[] {10, 11}, new double[] {0, 12}, new double[][] {{0, 0.05}, {0.042}}, 0.361));
    assertEquals("sharesPerWarrant[1]", refused.field());
  }
}
