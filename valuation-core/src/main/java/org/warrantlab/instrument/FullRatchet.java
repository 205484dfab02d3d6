package org.warrantlab.instrument;

import org.warrantlab.check.Checks;
import org.warrantlab.event.ShareIssue;

/** Full ratchet: the exercise price drops to the issue price, X' = max(P, floor). */
public record FullRatchet(ResetLimits limits) implements AntiDilution {

  public FullRatchet {
    Checks.notNull(limits, "limits");
  }

  @Override
  public FullRatchet withLimits(ResetLimits newLimits) {
    return new FullRatchet(newLimits);
  }

  @Override
  public double formulaPrice(double exercisePrice, ShareIssue issue) {
    return issue.price();
  }
}
