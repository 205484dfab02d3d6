package org.warrantlab.accounting;

import java.util.List;
import org.warrantlab.calibration.Calibration;
import org.warrantlab.calibration.CalibrationRefusedException;
import org.warrantlab.calibration.CalibrationTarget;
import org.warrantlab.calibration.Calibrator;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.check.Location;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.scenario.ValuationInputs;

/**
 * Calibrates a tranche at its issue so that the model, measuring it in the book outstanding that day, recovers
 * its transaction price; the solver values with the roll-forward's own pricer and settings on common random
 * numbers.
 */
final class IssueCalibrator {

  private final Measurer measurer;
  private final Calibrator calibrator;

  IssueCalibrator(Measurer measurer) {
    this.measurer = measurer;
    this.calibrator = new Calibrator(valuationCase -> measurer.pricer().value(valuationCase.book(),
        valuationCase.financings(), valuationCase.market(), valuationCase.settings()));
  }

  /** The calibration of tranche {@code trancheId} in {@code book} on the issuance's inputs. */
  CarriedInput calibrate(Issuance issuance, IssueCalibration terms, List<Warrant> book, Location location) {
    MeasurementInputs inputs = issuance.inputs();
    ValuationInputs own = new ValuationInputs(inputs.market(), book, inputs.financings(), measurer.settings());
    Location at = location.field("calibration");
    double marketInput;
    try {
      marketInput = terms.input().valueIn(own);
    } catch (InvalidValueException e) {
      throw new InvalidValueException(at.field("solve"), "is not a number of the issue date's inputs: "
          + e.field() + " " + e.problem());
    }
    CalibrationTarget target = terms.target(issuance.trancheId());
    try {
      Calibration calibration = calibrator.calibrate(own, terms.input(), target, terms.price());
      return new CarriedInput(issuance.trancheId(), issuance.date(), terms, calibration, marketInput,
          target.of(measurer.valuation(book, inputs, location)));
    } catch (CalibrationRefusedException e) {
      throw new InvalidValueException(at.field("price"), "cannot be recovered: " + e.refusal().reason());
    }
  }
}
