package org.warrantlab.accounting;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.warrantlab.check.Checks;

/**
 * One reporting period, ending on a reporting date such as a quarter end.
 *
 * @param closing the measurement on the reporting date
 * @param weightedAverageShares weighted-average common shares of the period, for the per-share effect
 * @param yearToDateWeightedAverageShares the fiscal year-to-date figure where the company states it;
 *     when empty it is the day-weighted average of the periods' figures
 * @param events what happened to the book in the period, in date order
 */
public record ReportingPeriod(
    MeasurementInputs closing,
    long weightedAverageShares,
    OptionalLong yearToDateWeightedAverageShares,
    List<BookEvent> events) {

  public ReportingPeriod {
    Checks.notNull(closing, "market");
    Checks.positive(weightedAverageShares, "weightedAverageShares");
    yearToDateWeightedAverageShares.ifPresent(shares -> Checks.positive(shares, "yearToDateWeightedAverageShares"));
    events = List.copyOf(Checks.notNull(events, "events"));
  }

  /** The reporting date. */
  public LocalDate end() {
    return closing.date();
  }
}
