package org.warrantlab.instrument;

import java.time.LocalDate;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;

/**
 * The limits every anti-dilution clause may carry.
 *
 * @param floor the exercise price never resets below this (0: no floor)
 * @param adjustShares whether the shares per warrant rise so that the aggregate exercise price stays
 *     the same: m' = m × X / X'
 * @param maxResets resets allowed in the warrant's life ({@link Integer#MAX_VALUE}: no limit)
 * @param protectionStart first date a share issue can trigger a reset (null: from issue)
 * @param protectionEnd last date a share issue can trigger a reset (null: to expiry)
 */
public record ResetLimits(double floor, boolean adjustShares, int maxResets, LocalDate protectionStart,
    LocalDate protectionEnd) {

  public static final ResetLimits NONE = new ResetLimits(0, false, Integer.MAX_VALUE, null, null);

  public ResetLimits {
    Checks.nonNegative(floor, "floor");
    if (maxResets < 0) {
      throw new InvalidValueException("maxResets", "must be zero or more but was " + maxResets);
    }
    if (protectionStart != null && protectionEnd != null) {
      Checks.notBefore(protectionEnd, "protectionEnd", protectionStart, "protectionStart");
    }
  }

  /** Whether a share issue on {@code date} falls inside the protection period. */
  public boolean protects(LocalDate date) {
    return (protectionStart == null || !date.isBefore(protectionStart))
        && (protectionEnd == null || !date.isAfter(protectionEnd));
  }

  public ResetLimits withFloor(double newFloor) {
    return new ResetLimits(newFloor, adjustShares, maxResets, protectionStart, protectionEnd);
  }

  public ResetLimits withMaxResets(int newMaxResets) {
    return new ResetLimits(floor, adjustShares, newMaxResets, protectionStart, protectionEnd);
  }
}
