package org.warrantlab.greeks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.event.Financing;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.TermVolatilities;
import org.warrantlab.market.ZeroRateCurve;
import org.warrantlab.scenario.CurveField;
import org.warrantlab.scenario.DateInput;
import org.warrantlab.scenario.MarketField;
import org.warrantlab.scenario.NumericInput;
import org.warrantlab.scenario.Perturbation;
import org.warrantlab.scenario.ValuationInputs;

/**
 * The scenarios of bump-and-revalue Greeks (the base inputs, the share price up and down, the
 * volatility up and down, the continuous rate up and down, each point of a volatility or rate curve up and
 * down, the valuation date a day later), each the
 * base inputs with one {@link Perturbation}, and the finite differences that turn their values into the
 * value and each Greek.
 */
public final class GreekScenarios {

  /** What each combination measures, in output order; {@link #THETA} only where time can pass. */
  public enum Measure { VALUE, DELTA, GAMMA, VEGA, RHO, THETA, VEGA_BY_TERM, RHO_BY_TERM }

  /** One revaluation: a market and the book resolved against it. */
  record Scenario(MarketData market, List<ResolvedWarrant> book) {
  }

  /** A finite difference: the weight of each scenario it reads; {@code point} of a curve for a bucket, else -1. */
  private record Difference(Measure measure, int point, int[] scenarios, double[] weights) {
  }

  private final List<Scenario> scenarios = new ArrayList<>();
  private final List<Difference> differences = new ArrayList<>();
  private final Optional<String> thetaUnavailable;

  GreekScenarios(ValuationInputs inputs, Bumps bumps) {
    MarketData market = inputs.market();
    int base = add(inputs);
    combine(Measure.VALUE, new int[] {base}, new double[] {1});

    NumericInput spot = NumericInput.market(MarketField.SPOT);
    double h = bumps.spotFraction() * market.spot();
    int spotUp = add(inputs.apply(Perturbation.shift(spot, h)));
    int spotDown = add(inputs.apply(Perturbation.shift(spot, -h)));
    combine(Measure.DELTA, new int[] {spotUp, spotDown}, new double[] {0.5 / h, -0.5 / h});
    combine(Measure.GAMMA, new int[] {spotUp, base, spotDown}, new double[] {1 / (h * h), -2 / (h * h), 1 / (h * h)});

    NumericInput volatility = NumericInput.market(MarketField.VOLATILITY);
    double v = bumps.volatility();
    int volUp = add(inputs.apply(Perturbation.shift(volatility, v)));
    if (market.volatility().lowest() >= v && canShift(inputs, volatility, -v)) {
      int volDown = add(inputs.apply(Perturbation.shift(volatility, -v)));
      combine(Measure.VEGA, new int[] {volUp, volDown}, new double[] {0.5 / v, -0.5 / v});
    } else {
      combine(Measure.VEGA, new int[] {volUp, base}, new double[] {1 / v, -1 / v});
    }

    NumericInput rate = NumericInput.market(MarketField.CONTINUOUS_RATE);
    double r = bumps.rate();
    int rateUp = add(inputs.apply(Perturbation.shift(rate, r)));
    int rateDown = add(inputs.apply(Perturbation.shift(rate, -r)));
    combine(Measure.RHO, new int[] {rateUp, rateDown}, new double[] {0.5 / r, -0.5 / r});

    for (int i = 0; i < TermBuckets.volatilityPoints(market); i++) {
      bucket(inputs, Measure.VEGA_BY_TERM, i, NumericInput.curvePoint(CurveField.VOLATILITY, i), v, base);
    }
    for (int i = 0; i < TermBuckets.ratePoints(market); i++) {
      bucket(inputs, Measure.RHO_BY_TERM, i, NumericInput.curvePoint(CurveField.RISK_FREE_RATE, i), r, base);
    }

    ValuationInputs later = inputs.apply(Perturbation.shiftDays(DateInput.VALUATION_DATE, bumps.days()));
    Optional<String> problem = rollProblem(later);
    if (problem.isEmpty()) {
      int rolled = add(later);
      double years = bumps.years();
      combine(Measure.THETA, new int[] {rolled, base}, new double[] {1 / years, -1 / years});
    }
    this.thetaUnavailable = problem;
  }

  List<Scenario> scenarios() {
    return List.copyOf(scenarios);
  }

  /** Per measure, in order, the coefficient of every scenario. */
  List<double[]> combinations() {
    List<double[]> combinations = new ArrayList<>();
    for (Difference difference : differences) {
      double[] coefficients = new double[scenarios.size()];
      for (int k = 0; k < difference.scenarios().length; k++) {
        coefficients[difference.scenarios()[k]] += difference.weights()[k];
      }
      combinations.add(coefficients);
    }
    return combinations;
  }

  /** The position of {@code measure} among the combinations, or -1 when it was not computed. */
  int indexOf(Measure measure) {
    return indexOf(measure, -1);
  }

  /** The position of {@code measure} at curve point {@code point} among the combinations, or -1. */
  int indexOf(Measure measure, int point) {
    for (int i = 0; i < differences.size(); i++) {
      if (differences.get(i).measure() == measure && differences.get(i).point() == point) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The sensitivity to one curve point, bumped by {@code h} either way on the same paths (one way only
   * where the other would leave the curve invalid, e.g. with a negative forward variance).
   */
  private void bucket(ValuationInputs inputs, Measure measure, int point, NumericInput place, double h, int base) {
    boolean up = canShift(inputs, place, h);
    boolean down = place.valueIn(inputs) >= h || measure == Measure.RHO_BY_TERM;
    down &= canShift(inputs, place, -h);
    if (!up && !down) {
      String curve = measure == Measure.VEGA_BY_TERM ? TermVolatilities.FIELD : ZeroRateCurve.FIELD;
      throw new InvalidValueException(curve, "point [" + point + "] cannot move by " + h + " either way for its"
          + " Greek: the curve would not be valid");
    }
    int high = up ? add(inputs.apply(Perturbation.shift(place, h))) : base;
    int low = down ? add(inputs.apply(Perturbation.shift(place, -h))) : base;
    double width = (up ? h : 0) + (down ? h : 0);
    differences.add(new Difference(measure, point, new int[] {high, low}, new double[] {1 / width, -1 / width}));
  }

  /** Why theta could not be computed, when it could not. */
  Optional<String> thetaUnavailable() {
    return thetaUnavailable;
  }

  private int add(ValuationInputs scenario) {
    scenarios.add(new Scenario(scenario.market(), scenario.book()));
    return scenarios.size() - 1;
  }

  private void combine(Measure measure, int[] scenarioIndices, double[] weights) {
    differences.add(new Difference(measure, -1, scenarioIndices, weights));
  }

  /**
   * Whether {@code place} can move by {@code amount}: a term structure moved down in parallel can give a
   * negative forward variance, and is then bumped up only.
   */
  private static boolean canShift(ValuationInputs inputs, NumericInput place, double amount) {
    try {
      inputs.apply(Perturbation.shift(place, amount));
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  /** Why the valuation date cannot move to {@code later}'s, if it cannot. */
  private static Optional<String> rollProblem(ValuationInputs later) {
    LocalDate date = later.market().valuationDate();
    List<Financing> financings = later.financings();
    for (int i = 0; i < financings.size(); i++) {
      if (!financings.get(i).start().isAfter(date)) {
        return Optional.of("financing [" + i + "] can start on " + financings.get(i).start()
            + ", not after " + date);
      }
    }
    for (Warrant warrant : later.warrants()) {
      try {
        ResolvedWarrant.resolve(warrant, later.market());
      } catch (InvalidValueException e) {
        return Optional.of("tranche " + warrant.id() + ": " + e.getMessage());
      }
    }
    return Optional.empty();
  }
}
