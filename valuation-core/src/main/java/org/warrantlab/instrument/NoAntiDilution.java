package org.warrantlab.instrument;

import org.warrantlab.event.ShareIssue;

/** No protection: share issues never change the exercise price. */
public record NoAntiDilution() implements AntiDilution {

  public static final NoAntiDilution INSTANCE = new NoAntiDilution();

  @Override
  public ResetLimits limits() {
    return ResetLimits.NONE;
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
