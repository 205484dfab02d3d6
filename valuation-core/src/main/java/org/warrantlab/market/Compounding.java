package org.warrantlab.market;

import org.warrantlab.math.Transcendentals;
/** How a quoted interest rate compounds; every rate is converted to continuous compounding for pricing. */
public enum Compounding {
  /** The rate is already continuously compounded. */
  CONTINUOUS(0),
  /** An annually compounded yield, e.g. a quoted Treasury yield. */
  ANNUAL(1),
  /** A semi-annually compounded (bond-equivalent) yield. */
  SEMI_ANNUAL(2);

  private final int periodsPerYear;

  Compounding(int periodsPerYear) {
    this.periodsPerYear = periodsPerYear;
  }

  /** The continuously compounded rate equivalent to {@code quotedRate} under this compounding. */
  public double toContinuous(double quotedRate) {
    if (periodsPerYear == 0) {
      return quotedRate;
    }
    return periodsPerYear * Transcendentals.log1p(quotedRate / periodsPerYear);
  }
}
