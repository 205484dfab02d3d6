package org.warrantlab.accounting;

import java.time.LocalDate;
import org.warrantlab.calibration.Calibration;
import java.util.List;
import org.warrantlab.check.Checks;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.scenario.Perturbation;
import org.warrantlab.result.Estimate;
import org.warrantlab.scenario.ValuationInputs;

/**
 * A tranche calibrated at issue and the input it is measured on from then on: the solved input, or the market
 * input of each date plus the spread the solved input had to the market input at issue.
 *
 * @param trancheId the tranche calibrated
 * @param issueDate the date of the calibration
 * @param terms the issuance's calibration block
 * @param calibration the solved calibration on the issue date
 * @param marketInputAtIssue the input's value in the issue date's own inputs
 * @param uncalibrated the model's value of the target at the issue date's own inputs
 */
public record CarriedInput(String trancheId, LocalDate issueDate, IssueCalibration terms, Calibration calibration,
    double marketInputAtIssue, Estimate uncalibrated) {

  public CarriedInput {
    Checks.notNull(trancheId, "tranche");
    Checks.notNull(issueDate, "issueDate");
    Checks.notNull(terms, "terms");
    Checks.notNull(calibration, "calibration");
    Checks.notNull(uncalibrated, "uncalibrated");
  }

  /** The solved input less the market input at issue. */
  public double spread() {
    return calibration.inputValue() - marketInputAtIssue;
  }

  /** The input the tranche is measured on, given a date's own inputs. */
  public double valueIn(ValuationInputs inputs) {
    return switch (terms.carryForward()) {
      case VALUE -> calibration.inputValue();
      case SPREAD -> terms.input().valueIn(inputs) + spread();
    };
  }

  /**
   * The transaction price less the model's value on the issue date's own inputs: the day-one difference
   * that calibrating removes, and that would otherwise be recognised or deferred.
   */
  public double dayOneDifference() {
    return terms.price() - uncalibrated.value();
  }

  /** What the tranche is measured on, given a date's own inputs: the date's with the carried input set. */
  public MeasurementInputs inputsIn(MeasurementInputs inputs, SimulationSettings settings) {
    ValuationInputs own = new ValuationInputs(inputs.market(), List.of(), inputs.financings(), settings);
    ValuationInputs moved = own.apply(Perturbation.set(terms.input(), valueIn(own)));
    return new MeasurementInputs(moved.market(), moved.financings());
  }
}
