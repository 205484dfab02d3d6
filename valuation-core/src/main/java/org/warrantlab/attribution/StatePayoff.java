package org.warrantlab.attribution;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.montecarlo.PathPayoff;
import org.warrantlab.pricer.MonteCarloWarrantPricer;
import org.warrantlab.process.NormalLayout;
import org.warrantlab.scenario.ValuationInputs;
import org.warrantlab.simulation.ExerciseDates;

/**
 * One state of a substitution as a path payoff in dollars per tranche of the whole span: each tranche's
 * discounted payoff times its warrants outstanding in that state, zero for a tranche the state does not
 * hold, so that states whose counts differ combine into differences of fair values.
 */
final class StatePayoff implements PathPayoff {

  private final int outputs;
  private final int[] positions;
  private final double[] counts;
  private final Optional<PathPayoff> book;

  /**
   * @param state the inputs of the state
   * @param tranches the tranche ids of the span, which give the outputs their order
   * @param description the factors at their closing values, for a refusal
   */
  StatePayoff(ValuationInputs state, List<String> tranches, String description) {
    List<ResolvedWarrant> resolved;
    try {
      resolved = state.book();
    } catch (InvalidValueException e) {
      throw new InvalidValueException("order", "the inputs with " + description + " cannot be valued: "
          + e.field() + " " + e.problem() + "; substitute in another order");
    }
    boolean early = ExerciseDates.canPay(state.market(), state.financings());
    for (ResolvedWarrant warrant : resolved) {
      if (early && warrant.warrant().exercisableEarly()) {
        throw new InvalidValueException("exerciseStyle", "of tranche " + warrant.warrant().id() + " ("
            + warrant.warrant().exerciseStyle() + ") makes it valued by Longstaff–Schwartz, which common-path"
            + " attribution does not support");
      }
    }
    this.outputs = tranches.size();
    this.positions = resolved.stream().mapToInt(w -> tranches.indexOf(w.warrant().id())).toArray();
    this.counts = resolved.stream().mapToDouble(w -> w.warrant().count()).toArray();
    this.book = resolved.isEmpty() ? Optional.empty()
        : Optional.of(MonteCarloWarrantPricer.DEFAULT.pathPayoff(resolved, state.financings(), state.market()));
  }

  @Override
  public int dimension() {
    return book.map(PathPayoff::dimension).orElse(0);
  }

  @Override
  public int outputs() {
    return outputs;
  }

  @Override
  public NormalLayout layout() {
    return book.map(PathPayoff::layout).orElse(NormalLayout.unstructured(0));
  }

  @Override
  public double[] controlExpectations() {
    double[] inner = book.map(PathPayoff::controlExpectations).orElse(new double[0]);
    if (inner.length != positions.length) {
      return new double[0];
    }
    double[] scattered = new double[outputs];
    scatter(inner, scattered);
    return scattered;
  }

  @Override
  public PathEvaluator newEvaluator() {
    if (book.isEmpty()) {
      return (normals, payoffs, controls) -> {
        Arrays.fill(payoffs, 0.0);
        Arrays.fill(controls, 0.0);
      };
    }
    PathEvaluator inner = book.get().newEvaluator();
    double[] ownPayoffs = new double[positions.length];
    double[] ownControls = new double[positions.length];
    return (normals, payoffs, controls) -> {
      inner.evaluate(normals, ownPayoffs, ownControls);
      scatter(ownPayoffs, payoffs);
      scatter(ownControls, controls);
    };
  }

  private void scatter(double[] own, double[] into) {
    Arrays.fill(into, 0.0);
    for (int k = 0; k < own.length; k++) {
      into[positions[k]] = counts[k] * own[k];
    }
  }
}
