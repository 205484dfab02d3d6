package org.warrantlab.instrument;

import org.warrantlab.check.InvalidValueException;
import org.warrantlab.event.ShareIssue;

/** No protection: share issues never change the exercise price. */
public record NoAntiDilution() implements AntiDilution {

  public static final NoAntiDilution INSTANCE = new NoAntiDilution();

  @Override
  public ResetLimits limits() {
    return ResetLimits.NONE;
  }

  @Override
  public AntiDilution withLimits(ResetLimits newLimits) {
    throw new InvalidValueException("antiDilution", "is NONE: the tranche has no clause whose limits could change");
  }

  @Override
  public double formulaPrice(double exercisePrice, ShareIssue issue) {
    return exercisePrice;
  }

  @Override
  public boolean protects() {
    return false;
  }
}
