package org.warrantlab.pricer;

import org.warrantlab.check.Checks;
import org.warrantlab.result.Estimate;

/**
 * Where the value of a tranche exercisable early lies: the Longstaff–Schwartz value of the fitted policies
 * below, the Andersen–Broadie duality bound above, and the gap between them.
 *
 * @param lowerBound the value under the fitted policies, per warrant
 * @param upperBound the lower bound plus the duality gap, per warrant; its standard error combines both
 * @param dualityGap the mean excess of the duality bound over the policy's value, per warrant
 * @param outerPaths paths the gap was measured on
 * @param continuations continuations of a date that needed them, on average over the outer paths (each shares
 *     its budget among the dates in the money that the sub-optimality check leaves)
 */
public record ExerciseBounds(Estimate lowerBound, Estimate upperBound, Estimate dualityGap, int outerPaths,
    int continuations) {

  /** A gap above this share of the value is reported as a warning: the policy or the bound is loose. */
  public static final double WARNING_GAP = 0.01;

  public ExerciseBounds {
    Checks.notNull(lowerBound, "lowerBound");
    Checks.notNull(upperBound, "upperBound");
    Checks.notNull(dualityGap, "dualityGap");
  }

  /** The bounds from the policy's value and the duality gap measured beside it. */
  static ExerciseBounds of(Estimate lowerBound, Estimate gap, int outerPaths, int continuations) {
    double error = Math.sqrt(lowerBound.standardError() * lowerBound.standardError()
        + gap.standardError() * gap.standardError());
    Estimate upper = new Estimate(lowerBound.value() + gap.value(), error, gap.samples());
    return new ExerciseBounds(lowerBound, upper, gap, outerPaths, continuations);
  }

  /** Whether the gap exceeds {@link #WARNING_GAP} of the value. */
  public boolean gapIsWide() {
    return dualityGap.value() > WARNING_GAP * Math.abs(lowerBound.value());
  }
}
