package org.warrantlab.instrument;

import java.util.Locale;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.market.MarketData;

/**
 * A warrant resolved against a valuation date: dates turned into year fractions and the dilution
 * factor fixed, so that no pricing loop touches a {@code LocalDate}.
 *
 * @param warrant the contract
 * @param timeToExpiry ACT/365F years from the valuation date to expiry, zero or more
 * @param dilutionFactor N/(N+M) under {@link Dilution#SHARE_COUNT}, otherwise 1
 */
public record ResolvedWarrant(Warrant warrant, double timeToExpiry, double dilutionFactor) {

  /**
   * The longest remaining term valued, in years. Warrants run for years, rarely for decades; a term of
   * centuries is a mistyped year, and an American one would be offered exercise thousands of times.
   */
  public static final double MAX_TERM_YEARS = 100;

  public static ResolvedWarrant resolve(Warrant warrant, MarketData market) {
    if (warrant.expiryDate().isBefore(market.valuationDate())) {
      throw new InvalidValueException("expiryDate", "(" + warrant.expiryDate()
          + ") is before the valuation date (" + market.valuationDate() + "): the warrant has expired");
    }
    double timeToExpiry = market.yearFractionTo(warrant.expiryDate());
    if (timeToExpiry > MAX_TERM_YEARS) {
      throw new InvalidValueException("expiryDate", String.format(Locale.US, "(%s) is %.0f years after the"
          + " valuation date (%s); a term over %.0f years is refused as implausible: check the year",
          warrant.expiryDate(), timeToExpiry, market.valuationDate(), MAX_TERM_YEARS));
    }
    if (warrant.issueDate().isAfter(market.valuationDate())) {
      throw new InvalidValueException("issueDate", "(" + warrant.issueDate()
          + ") is after the valuation date (" + market.valuationDate() + "): the warrant is not yet issued");
    }
    for (int i = 0; i < warrant.scheduledResets().size(); i++) {
      if (!warrant.scheduledResets().get(i).date().isAfter(market.valuationDate())) {
        throw new InvalidValueException("scheduledResets[" + i + "].date", "("
            + warrant.scheduledResets().get(i).date() + ") must be after the valuation date ("
            + market.valuationDate() + "); state the exercise price after a past reset instead");
      }
    }
    double dilutionFactor = switch (warrant.dilution()) {
      case NONE -> 1.0;
      case SHARE_COUNT -> {
        double outstanding = market.sharesOutstanding();
        yield outstanding / (outstanding + warrant.sharesOnExercise());
      }
    };
    return new ResolvedWarrant(warrant, timeToExpiry, dilutionFactor);
  }

  /**
   * Value per warrant of receiving {@code payoffPerShare} per share at expiry, before discounting:
   * shares per warrant times the dilution factor.
   */
  public double sharesValuedPerWarrant() {
    return warrant.sharesPerWarrant() * dilutionFactor;
  }
}
