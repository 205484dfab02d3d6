package org.warrantlab.accounting;

import java.util.List;

/**
 * A warrant liability rolled forward over reporting periods.
 *
 * @param plan the inputs
 * @param measurements the book measured on the opening date and on every reporting date, in date order
 * @param events every event, in the order booked
 * @param periods the roll-forward of each reporting period
 * @param yearToDate for each reporting period, the roll-forward from the start of its fiscal year (or
 *     from the opening date, where the roll-forward starts later in that year) to its end
 * @param calibrations the tranches calibrated at issue, in the order of their issue
 */
public record LiabilityRollForward(
    RollForwardPlan plan,
    List<ReportingDateMeasurement> measurements,
    List<RecordedEvent> events,
    List<PeriodRollForward> periods,
    List<PeriodRollForward> yearToDate,
    List<CarriedInput> calibrations) {

  public LiabilityRollForward {
    measurements = List.copyOf(measurements);
    events = List.copyOf(events);
    periods = List.copyOf(periods);
    yearToDate = List.copyOf(yearToDate);
    calibrations = List.copyOf(calibrations);
  }
}
