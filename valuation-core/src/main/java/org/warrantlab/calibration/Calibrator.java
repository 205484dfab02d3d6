package org.warrantlab.calibration;

import java.util.function.Function;
import org.apache.commons.math3.analysis.solvers.AllowedSolution;
import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;
import org.warrantlab.check.Checks;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.result.Estimate;
import org.warrantlab.scenario.NumericInput;
import org.warrantlab.scenario.Perturbation;
import org.warrantlab.scenario.ValuationInputs;
import org.warrantlab.sweep.ValuationCase;

/**
 * Solves for the value of one input at which the model's value equals a price. Every trial values the inputs
 * with their own settings, so with the same seed (and the same Sobol points) the Monte Carlo value moves
 * smoothly with the input and a bracketing solver converges as on a deterministic function.
 */
public final class Calibrator {

  /** Values with {@link ValuationCase#value()}, the Monte Carlo pricer. */
  public static final Calibrator DEFAULT = new Calibrator(ValuationCase::value);

  /** Values one trial of a calibration, e.g. on this machine or as one job of a cluster. */
  @FunctionalInterface
  public interface TrialValuer {

    /**
     * The valuation of {@code trial}, the case of {@link Calibrator#trial} at {@code at}: a valuer that works
     * elsewhere rebuilds the trial from the calibration's inputs and {@code at}.
     */
    BookValuation value(double at, ValuationCase trial);
  }

  /** The solver stops within this fraction of the bracket's width of the root. */
  private static final double INPUT_ACCURACY = 1e-9;

  private static final double RELATIVE_ACCURACY = 1e-12;

  /** An exact value is matched to within this fraction of the price. */
  private static final double PRICE_ACCURACY = 1e-12;

  /**
   * A Monte Carlo value is matched to within this many of its standard errors: closer moves the input by
   * less than a hundredth of its own standard error, and costs valuations.
   */
  private static final double STANDARD_ERRORS_ACCURACY = 0.01;

  /** The finite-difference step of the slope, as a fraction of the searched range's width. */
  private static final double SLOPE_STEP = 1e-3;

  private static final int MAX_EVALUATIONS = 100;
  private static final int SOLVER_ORDER = 5;

  private final TrialValuer valuer;

  /** Values each trial's case with {@code pricer}. */
  public Calibrator(Function<ValuationCase, BookValuation> pricer) {
    this(everyTrialWith(Checks.notNull(pricer, "pricer")));
  }

  public Calibrator(TrialValuer valuer) {
    this.valuer = Checks.notNull(valuer, "valuer");
  }

  /** The case a calibration values at {@code at}: {@code inputs} with {@code input} set to it. */
  public static ValuationCase trial(ValuationInputs inputs, NumericInput input, double at) {
    return ValuationCase.of(inputs.apply(Perturbation.set(input, at)));
  }

  /**
   * The value of {@code input} in {@code inputs} at which {@code target} equals {@code price}; throws
   * {@link CalibrationRefusedException} when the price is not positive or no value in the input's
   * {@link SearchRange} reaches it.
   */
  public Calibration calibrate(ValuationInputs inputs, NumericInput input, CalibrationTarget target, double price) {
    if (!(price > 0) || Double.isInfinite(price)) {
      throw new CalibrationRefusedException(new Refusal.PriceNotPositive(price));
    }
    SearchRange range = SearchRange.of(input, inputs);
    Trials trials = new Trials(at -> target.of(valuer.value(at, trial(inputs, input, at))), price);
    BracketSearch.Bracket found = BracketSearch.find(trials, range, input.valueIn(inputs), price);
    double solved = found.lower() == found.upper() ? found.lower() : solve(found, trials, price);
    Estimate achieved = trials.valueAt(solved);
    int iterations = trials.count();
    double[] bracket = trials.bracket(found.lower(), found.upper(), solved);
    double step = SLOPE_STEP * range.width();
    double bumped = solved + step <= range.upper() ? solved + step : solved - step;
    double slope = (trials.valueAt(bumped).value() - achieved.value()) / (bumped - solved);
    double inputStandardError = achieved.standardError() == 0 ? 0 : achieved.standardError() / Math.abs(slope);
    return new Calibration(input, target, price, solved, inputStandardError, achieved, slope, range, bracket[0],
        bracket[1], iterations, trials.count(), inputs.settings().simulatedPaths());
  }

  private static TrialValuer everyTrialWith(Function<ValuationCase, BookValuation> pricer) {
    return (at, trial) -> pricer.apply(trial);
  }

  /** The root of the gap to the price within {@code bracket}, whose ends' gaps have opposite signs. */
  private static double solve(BracketSearch.Bracket bracket, Trials trials, double price) {
    double width = bracket.upper() - bracket.lower();
    double standardError = Math.min(trials.valueAt(bracket.lower()).standardError(),
        trials.valueAt(bracket.upper()).standardError());
    BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(RELATIVE_ACCURACY,
        INPUT_ACCURACY * width, Math.max(PRICE_ACCURACY * price, STANDARD_ERRORS_ACCURACY * standardError),
        SOLVER_ORDER);
    return solver.solve(MAX_EVALUATIONS, trials::gap, bracket.lower(), bracket.upper(), AllowedSolution.ANY_SIDE);
  }
}
