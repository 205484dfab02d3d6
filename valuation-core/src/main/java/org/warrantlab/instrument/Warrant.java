package org.warrantlab.instrument;

import java.time.LocalDate;
import org.warrantlab.check.Checks;

/**
 * One tranche of warrants as its contract states it.
 *
 * @param id the tranche's name
 * @param count number of warrants outstanding
 * @param sharesPerWarrant shares received on exercising one warrant
 * @param exercisePrice price paid per share on exercise
 * @param issueDate date the tranche was issued
 * @param expiryDate last date the warrants can be exercised
 * @param exerciseStyle European or American
 * @param dilution whether exercise dilutes the share price
 */
public record Warrant(
    String id,
    long count,
    double sharesPerWarrant,
    double exercisePrice,
    LocalDate issueDate,
    LocalDate expiryDate,
    ExerciseStyle exerciseStyle,
    Dilution dilution) {

  public Warrant {
    Checks.notNull(id, "id");
    Checks.positive(count, "count");
    Checks.positive(sharesPerWarrant, "sharesPerWarrant");
    Checks.positive(exercisePrice, "exercisePrice");
    Checks.notNull(issueDate, "issueDate");
    Checks.notBefore(expiryDate, "expiryDate", issueDate, "issueDate");
    Checks.notNull(exerciseStyle, "exerciseStyle");
    Checks.notNull(dilution, "dilution");
  }

  /** Shares the whole tranche would issue if exercised on its current terms. */
  public double sharesOnExercise() {
    return count * sharesPerWarrant;
  }
}
