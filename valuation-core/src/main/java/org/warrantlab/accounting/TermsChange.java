package org.warrantlab.accounting;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.instrument.AntiDilution;
import org.warrantlab.instrument.Warrant;

/**
 * New contract terms of a tranche; each term left empty keeps its current value.
 *
 * @param exercisePrice the new exercise price
 * @param sharesPerWarrant the new number of shares per warrant
 * @param expiryDate the new expiry date
 * @param antiDilution the new down-round clause
 */
public record TermsChange(
    OptionalDouble exercisePrice,
    OptionalDouble sharesPerWarrant,
    Optional<LocalDate> expiryDate,
    Optional<AntiDilution> antiDilution) {

  public TermsChange {
    exercisePrice.ifPresent(price -> Checks.positive(price, "exercisePrice"));
    sharesPerWarrant.ifPresent(shares -> Checks.positive(shares, "sharesPerWarrant"));
    Checks.notNull(expiryDate, "expiryDate");
    Checks.notNull(antiDilution, "antiDilution");
    if (exercisePrice.isEmpty() && sharesPerWarrant.isEmpty() && expiryDate.isEmpty() && antiDilution.isEmpty()) {
      throw new InvalidValueException("exercisePrice",
          "is required unless sharesPerWarrant, expiryDate or antiDilution changes: the change changes nothing");
    }
  }

  /** A repricing: only the exercise price changes. */
  public static TermsChange repricing(double exercisePrice) {
    return new TermsChange(OptionalDouble.of(exercisePrice), OptionalDouble.empty(), Optional.empty(),
        Optional.empty());
  }

  /** The tranche on its new terms; its count, issue date, scheduled resets and exercise dates are kept. */
  public Warrant applyTo(Warrant warrant) {
    return new Warrant(warrant.id(), warrant.count(),
        sharesPerWarrant.orElse(warrant.sharesPerWarrant()),
        exercisePrice.orElse(warrant.exercisePrice()),
        warrant.issueDate(),
        expiryDate.orElse(warrant.expiryDate()),
        warrant.exerciseStyle(), warrant.dilution(),
        antiDilution.orElse(warrant.antiDilution()),
        warrant.scheduledResets(),
        warrant.exerciseDates());
  }
}
