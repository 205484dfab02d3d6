package org.warrantlab.event;

import java.time.LocalDate;
import java.util.Optional;
import org.warrantlab.check.Checks;

/**
 * The corporate events a book's value is contingent on, besides financings: a SPAC's business
 * combination, and a fundamental transaction in which holders may take the Black–Scholes value.
 *
 * @param businessCombination the combination the warrants depend on, if any
 * @param fundamentalTransaction the fundamental transaction assumed, if any
 */
public record CorporateEvents(Optional<BusinessCombination> businessCombination,
    Optional<FundamentalTransaction> fundamentalTransaction) {

  /** No contingency: the warrants stand on their own terms. */
  public static final CorporateEvents NONE = new CorporateEvents(Optional.empty(), Optional.empty());

  public CorporateEvents {
    Checks.notNull(businessCombination, "businessCombination");
    Checks.notNull(fundamentalTransaction, "fundamentalTransaction");
  }

  /** The probability the warrants are not extinguished by a failed combination: 1 without one. */
  public double combinationProbability() {
    return businessCombination.map(BusinessCombination::probability).orElse(1.0);
  }

  /** The first day the warrants may be exercised, as far as the combination says: none without one. */
  public LocalDate exercisableFrom() {
    return businessCombination.map(BusinessCombination::exercisableFrom).orElse(LocalDate.MIN);
  }
}
