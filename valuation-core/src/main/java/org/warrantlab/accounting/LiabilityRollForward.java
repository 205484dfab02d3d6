package org.warrantlab.accounting;

import java.util.List;
import java.util.Optional;
import org.warrantlab.market.MarketData;

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

  /** The tranche's calibration at issue, if it had one. */
  public Optional<CarriedInput> calibrationOf(String trancheId) {
    return calibrations.stream().filter(carried -> carried.trancheId().equals(trancheId)).findFirst();
  }

  /** The market tranche {@code trancheId} was measured on in {@code measurement}: its carried input set. */
  public MarketData marketOf(String trancheId, ReportingDateMeasurement measurement) {
    return inputsOf(trancheId, measurement.inputs()).market();
  }

  /** What tranche {@code trancheId} is measured on, given a date's own {@code inputs} on or after its issue. */
  public MeasurementInputs inputsOf(String trancheId, MeasurementInputs inputs) {
    return calibrationOf(trancheId).map(carried -> carried.inputsIn(inputs, plan.settings())).orElse(inputs);
  }
}
