package org.warrantlab.event;

import java.time.LocalDate;
import org.warrantlab.check.Checks;

/**
 * A SPAC's business combination, on which its warrants are contingent: with probability
 * {@code 1 − probability} it fails and the warrants expire worthless; otherwise they become exercisable
 * {@link #EXERCISABLE_AFTER_DAYS} days after {@code date}. The outcome is taken to be independent of the
 * share price, so the warrants are worth {@code probability} times their value given the combination.
 *
 * @param probability the probability the combination completes
 * @param date the date it completes
 */
public record BusinessCombination(double probability, LocalDate date) {

  /** Days after the combination from which the standard warrant may be exercised. */
  public static final int EXERCISABLE_AFTER_DAYS = 30;

  public BusinessCombination {
    Checks.probability(probability, "probability");
    Checks.notNull(date, "date");
  }

  /** The first day the warrants may be exercised, or redeemed. */
  public LocalDate exercisableFrom() {
    return date.plusDays(EXERCISABLE_AFTER_DAYS);
  }
}
