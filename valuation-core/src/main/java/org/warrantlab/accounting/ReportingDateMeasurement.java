package org.warrantlab.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The book measured on a reporting date: the inputs (the Level 3 disclosure) and each outstanding
 * tranche's fair value.
 *
 * @param inputs market inputs and financing assumptions
 * @param tranches the outstanding tranches, in the order of the book; empty when none is outstanding
 * @param totalStandardError standard error of the total, allowing for the tranches sharing paths
 */
public record ReportingDateMeasurement(
    MeasurementInputs inputs, List<TrancheMeasurement> tranches, double totalStandardError) {

  public ReportingDateMeasurement {
    tranches = List.copyOf(tranches);
  }

  public LocalDate date() {
    return inputs.date();
  }

  /** The liability: the sum of the tranches' booked amounts. */
  public BigDecimal totalFairValue() {
    return tranches.stream().map(TrancheMeasurement::fairValue).reduce(Money.zero(), BigDecimal::add);
  }
}
