package org.warrantlab.market;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The ACT/365F day count: actual calendar days between two dates divided by 365. */
public final class Act365Fixed {

  private Act365Fixed() {
  }

  /** Year fraction from {@code start} to {@code end}; negative when {@code end} is earlier. */
  public static double yearFraction(LocalDate start, LocalDate end) {
    return ChronoUnit.DAYS.between(start, end) / 365.0;
  }
}
