package org.warrantlab.attribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warrantlab.accounting.Money;
import org.warrantlab.greeks.ScenarioPayoff;
import org.warrantlab.montecarlo.MonteCarloEngine;
import org.warrantlab.montecarlo.PathPayoff;
import org.warrantlab.montecarlo.SimulationResult;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.result.Estimate;
import org.warrantlab.scenario.ValuationInputs;

/**
 * The states of an attribution valued in one run on the same normals, with the linear combinations of
 * them (the steps) estimated path by path, so that each step's standard error is that of a paired
 * difference. A state reached twice is valued once.
 */
final class CommonPaths {

  private final List<String> tranches;
  private final List<PathPayoff> states = new ArrayList<>();
  private final Map<ValuationInputs, Integer> index = new HashMap<>();
  private final List<Map<Integer, Double>> combinations = new ArrayList<>();

  CommonPaths(List<String> tranches) {
    this.tranches = List.copyOf(tranches);
  }

  /** The index of the state {@code inputs}, {@code description} naming the factors at their closing values. */
  int state(ValuationInputs inputs, String description) {
    if (!index.containsKey(inputs)) {
      states.add(new StatePayoff(inputs, tranches, description));
      index.put(inputs, states.size() - 1);
    }
    return index.get(inputs);
  }

  /** Registers the combination with {@code weights} by state index; returns its index. */
  int combination(Map<Integer, Double> weights) {
    combinations.add(Map.copyOf(weights));
    return combinations.size() - 1;
  }

  /** The difference of state {@code to} less state {@code from}. */
  int difference(int to, int from) {
    Map<Integer, Double> weights = new HashMap<>();
    weights.merge(to, 1.0, Double::sum);
    weights.merge(from, -1.0, Double::sum);
    return combination(weights);
  }

  /** Values every state and combination with {@code settings}. */
  Values run(SimulationSettings settings) {
    int count = states.size();
    List<double[]> coefficients = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      double[] unit = new double[count];
      unit[s] = 1;
      coefficients.add(unit);
    }
    for (Map<Integer, Double> weights : combinations) {
      double[] combined = new double[count];
      weights.forEach((state, weight) -> combined[state] += weight);
      coefficients.add(combined);
    }
    double[] ones = new double[tranches.size()];
    Arrays.fill(ones, 1.0);
    ScenarioPayoff payoff = new ScenarioPayoff(states, coefficients, ones);
    SimulationResult result = MonteCarloEngine.DEFAULT.run(payoff, new double[payoff.outputs()], settings);
    return new Values(result, count, tranches.size());
  }

  /** The estimates of a run; tranche index {@code tranches} is the book. */
  record Values(SimulationResult result, int states, int tranches) {

    Estimate state(int state, int tranche) {
      return result.outputs().get(ScenarioPayoff.output(state, tranche, tranches));
    }

    Estimate combination(int combination, int tranche) {
      return result.outputs().get(ScenarioPayoff.output(states + combination, tranche, tranches));
    }

    /** The state's value of {@code tranche} as booked: rounded to the cent. */
    BigDecimal cents(int state, int tranche) {
      return Money.ofDollars(state(state, tranche).value());
    }
  }
}
