package org.warrantlab.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warrantlab.accounting.CarriedInput;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.calibration.Calibration;

/**
 * The tranches calibrated at issue (ASC 820-10-35-24C, IFRS 13.64): the input solved, its standard error, the
 * price matched and the value reached, how the input is carried forward, and the day-one difference the
 * issue date's own inputs would have left between the transaction price and the model.
 */
final class CalibrationSection {

  private CalibrationSection() {
  }

  static void write(Document document, LiabilityRollForward result) {
    if (result.calibrations().isEmpty()) {
      return;
    }
    document.heading(2, "Calibration at issue");
    document.paragraph("Each input solved on the issue date so that the model, measuring the tranche in the book"
        + " outstanding that day with the same seed, recovers the transaction price; every later measurement of"
        + " the tranche uses the solved input (VALUE) or the date's market input plus the solved input's spread"
        + " to the market input at issue (SPREAD), the other tranches the date's own inputs. Day-one difference:"
        + " the transaction price less the model's value on the issue date's own inputs, which the calibration"
        + " removes.");
    TextTable table = new TextTable(List.of("Tranche", "Issued", "Input", "Market", "Solved", "Std error",
        "Spread", "Carried", "Target", "Price", "Achieved", "Uncalibrated", "Day-one difference"));
    for (CarriedInput carried : result.calibrations()) {
      Calibration calibration = carried.calibration();
      table.row(carried.trancheId(), carried.issueDate().toString(), carried.terms().name(),
          number(carried.marketInputAtIssue()), number(calibration.inputValue()),
          number(calibration.inputStandardError()), number(carried.spread()), carried.terms().carryForward().name(),
          calibration.target().label(), number(calibration.targetPrice()), number(calibration.achieved().value()),
          number(carried.uncalibrated().value()), number(carried.dayOneDifference()));
    }
    document.table(table);
  }

  /** One entry per calibrated tranche, for the JSON report. */
  static List<Map<String, Object>> rows(LiabilityRollForward result) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CarriedInput carried : result.calibrations()) {
      Calibration calibration = carried.calibration();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("tranche", carried.trancheId());
      row.put("issueDate", carried.issueDate().toString());
      row.put("solve", carried.terms().name());
      row.put("carryForward", carried.terms().carryForward().name());
      row.put("marketInput", carried.marketInputAtIssue());
      row.put("solvedInput", calibration.inputValue());
      row.put("solvedInputStandardError", calibration.inputStandardError());
      row.put("spread", carried.spread());
      row.put("target", calibration.target().label());
      row.put("targetPrice", calibration.targetPrice());
      row.put("achievedPrice", calibration.achieved().value());
      row.put("achievedPriceStandardError", calibration.achieved().standardError());
      row.put("uncalibratedPrice", carried.uncalibrated().value());
      row.put("dayOneDifference", carried.dayOneDifference());
      row.put("iterations", calibration.iterations());
      rows.add(row);
    }
    return rows;
  }

  private static String number(double value) {
    return String.format(Locale.US, "%.6f", value);
  }
}
