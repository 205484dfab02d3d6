package org.warrantlab.cli;

import java.util.List;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.accounting.ReportingDateMeasurement;
import org.warrantlab.accounting.TrancheMeasurement;
import org.warrantlab.scenario.ValuationInputs;
import org.warrantlab.sweep.Measure;
import org.warrantlab.sweep.Progress;
import org.warrantlab.sweep.Tornado;
import org.warrantlab.sweep.TornadoInputs;
import org.warrantlab.sweep.TornadoStudy;

/**
 * The default tornado of a roll-forward's closing measurement ({@code rollforward --sensitivity}): the book
 * outstanding on the last reporting date, in that date's market and financing assumptions, with the
 * roll-forward's settings, so {@code tornado} on the closing date's emitted input gives the same bars.
 */
final class ClosingSensitivity {

  private ClosingSensitivity() {
  }

  static Tornado of(LiabilityRollForward result) {
    List<ReportingDateMeasurement> measurements = result.measurements();
    ReportingDateMeasurement closing = measurements.get(measurements.size() - 1);
    if (closing.tranches().isEmpty()) {
      throw new UserError("--sensitivity: no warrants are outstanding on the closing date, " + closing.date()
          + ", so there is no liability to move");
    }
    ValuationInputs inputs = new ValuationInputs(closing.inputs().market(),
        closing.tranches().stream().map(TrancheMeasurement::valuation).map(v -> v.warrant().warrant()).toList(),
        closing.inputs().financings(), result.plan().settings());
    return TornadoStudy.run(inputs, TornadoInputs.levelThree(inputs), Measure.TOTAL, inputs.settings().threads(),
        Progress.NONE);
  }
}
