package org.warrantlab.calibration;

import org.warrantlab.check.Checks;
import org.warrantlab.result.Estimate;
import org.warrantlab.scenario.NumericInput;

/**
 * A solved calibration: the input at which the model's value equals the target price, how closely, and how
 * precisely the Monte Carlo error lets the input be known.
 *
 * @param input the input solved for
 * @param target the figure matched to the price
 * @param targetPrice the price matched
 * @param inputValue the solved value of the input
 * @param inputStandardError the standard error of the solved input: the value's standard error over the slope
 * @param achieved the model's value at the solved input, with its standard error
 * @param slope the change in value per unit of the input at the solution, by a finite difference on the same
 *     random numbers
 * @param searched the range searched
 * @param bracketLower the lower end of the narrowest interval the solver found the solution in
 * @param bracketUpper its upper end
 * @param iterations the solver's evaluations of the value, the range's two ends included
 * @param valuations the valuations run in all, the slope's included
 * @param paths the price paths simulated in each valuation
 */
public record Calibration(NumericInput input, CalibrationTarget target, double targetPrice, double inputValue,
    double inputStandardError, Estimate achieved, double slope, SearchRange searched, double bracketLower,
    double bracketUpper,
    int iterations, int valuations, long paths) {

  public Calibration {
    Checks.notNull(input, "input");
    Checks.notNull(target, "target");
    Checks.notNull(achieved, "achieved");
    Checks.notNull(searched, "searched");
    if (!(bracketLower <= inputValue && inputValue <= bracketUpper)) {
      throw new IllegalArgumentException("the bracket [" + bracketLower + ", " + bracketUpper
          + "] must hold the solved input " + inputValue);
    }
  }

  /** The value reached less the price: how far the solver left the value from the price. */
  public double distance() {
    return achieved.value() - targetPrice;
  }
}
