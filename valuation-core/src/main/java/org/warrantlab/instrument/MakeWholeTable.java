package org.warrantlab.instrument;

import java.util.Arrays;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;

/**
 * The shares a holder receives per warrant on a cashless exercise after a make-whole redemption notice,
 * as the standard SPAC warrant agreement tabulates them: by the fair market value of a share (rows) and
 * the months left to expiry (columns), read between the cells by linear interpolation in both, at the
 * table's edges by its nearest cells, and never above the cap.
 *
 * @param fairMarketValues the rows' fair market values per share, increasing
 * @param monthsToExpiry the columns' months to expiry, increasing
 * @param sharesPerWarrant the shares per warrant of each row and column, every cell given
 * @param cap the most shares per warrant the table can give (0.361 in the standard terms)
 */
public record MakeWholeTable(double[] fairMarketValues, double[] monthsToExpiry, double[][] sharesPerWarrant,
    double cap) {

  public MakeWholeTable {
    fairMarketValues = increasing(fairMarketValues, "fairMarketValues");
    monthsToExpiry = increasing(monthsToExpiry, "monthsToExpiry");
    Checks.notNull(sharesPerWarrant, "sharesPerWarrant");
    if (sharesPerWarrant.length != fairMarketValues.length) {
      throw new InvalidValueException("sharesPerWarrant", "has " + sharesPerWarrant.length + " rows but there are "
          + fairMarketValues.length + " fairMarketValues: give one row per fair market value");
    }
    double[][] cells = new double[sharesPerWarrant.length][];
    for (int row = 0; row < cells.length; row++) {
      double[] given = Checks.notNull(sharesPerWarrant[row], "sharesPerWarrant[" + row + "]");
      if (given.length != monthsToExpiry.length) {
        throw new InvalidValueException("sharesPerWarrant[" + row + "]", "has " + given.length
            + " cells but there are " + monthsToExpiry.length + " monthsToExpiry: the table has a hole");
      }
      for (int column = 0; column < given.length; column++) {
        Checks.nonNegative(given[column], "sharesPerWarrant[" + row + "][" + column + "]");
      }
      cells[row] = given.clone();
    }
    sharesPerWarrant = cells;
    Checks.positive(cap, "cap");
  }

  private static double[] increasing(double[] values, String field) {
    Checks.notNull(values, field);
    if (values.length == 0) {
      throw new InvalidValueException(field, "must list at least one value");
    }
    for (int i = 0; i < values.length; i++) {
      Checks.nonNegative(values[i], field + "[" + i + "]");
      if (i > 0 && values[i] <= values[i - 1]) {
        throw new InvalidValueException(field + "[" + i + "]", "(" + values[i] + ") must be above the value before it");
      }
    }
    return values.clone();
  }

  /** Shares per warrant at fair market value {@code fairMarketValue} with {@code months} left to expiry. */
  public double shares(double fairMarketValue, double months) {
    int row = lowerIndex(fairMarketValues, fairMarketValue);
    int column = lowerIndex(monthsToExpiry, months);
    double rowWeight = weight(fairMarketValues, row, fairMarketValue);
    double columnWeight = weight(monthsToExpiry, column, months);
    int nextRow = Math.min(row + 1, fairMarketValues.length - 1);
    int nextColumn = Math.min(column + 1, monthsToExpiry.length - 1);
    double low = sharesPerWarrant[row][column] * (1 - columnWeight) + sharesPerWarrant[row][nextColumn] * columnWeight;
    double high = sharesPerWarrant[nextRow][column] * (1 - columnWeight)
        + sharesPerWarrant[nextRow][nextColumn] * columnWeight;
    return Math.min(cap, low * (1 - rowWeight) + high * rowWeight);
  }

  /** The index of the last grid value at or below {@code x}, 0 below the grid. */
  private static int lowerIndex(double[] grid, double x) {
    int at = Arrays.binarySearch(grid, x);
    return at >= 0 ? at : Math.max(-at - 2, 0);
  }

  /** The weight of the next grid value in the interpolation at {@code x}: 0 or 1 beyond the grid's edges. */
  private static double weight(double[] grid, int index, double x) {
    if (index + 1 >= grid.length || x <= grid[index]) {
      return 0;
    }
    return Math.min(1, (x - grid[index]) / (grid[index + 1] - grid[index]));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MakeWholeTable table && Arrays.equals(fairMarketValues, table.fairMarketValues)
        && Arrays.equals(monthsToExpiry, table.monthsToExpiry)
        && Arrays.deepEquals(sharesPerWarrant, table.sharesPerWarrant) && cap == table.cap;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(fairMarketValues) * 31 + Arrays.deepHashCode(sharesPerWarrant);
  }

  @Override
  public String toString() {
    return "MakeWholeTable" + Arrays.toString(fairMarketValues) + " x " + Arrays.toString(monthsToExpiry)
        + ", cap " + cap;
  }
}
