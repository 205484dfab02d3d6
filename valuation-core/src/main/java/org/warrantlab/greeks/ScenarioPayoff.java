package org.warrantlab.greeks;

import java.util.List;
import org.warrantlab.montecarlo.PathPayoff;
import org.warrantlab.process.NormalLayout;

/**
 * Linear combinations of a book's discounted payoffs under several scenarios (the base market and
 * bumped ones), evaluated on the same normals path by path: common random numbers. A finite-difference
 * Greek is one such combination, and because the engine sees its value on each path, its standard error
 * accounts for the correlation between the scenarios.
 *
 * <p>Outputs, for each combination {@code c}: one per tranche, then the book (tranches weighted by
 * {@code bookWeights}), at index {@code c * (tranches + 1) + tranche}. A scenario with fewer normals
 * than another reads the leading ones. Control variates combine the same way, where every scenario has
 * them.
 */
public final class ScenarioPayoff implements PathPayoff {

  private final PathPayoff[] scenarios;
  private final double[][] combinations;
  private final double[] bookWeights;
  private final int tranches;
  private final int dimension;
  private final NormalLayout layout;
  private final double[] controlExpectations;

  /**
   * @param scenarios the book's payoff under each scenario, all with one output per tranche
   * @param combinations per combination, the coefficient of each scenario
   * @param bookWeights per tranche, its weight in the book output (e.g. the warrant count)
   */
  public ScenarioPayoff(List<PathPayoff> scenarios, List<double[]> combinations, double[] bookWeights) {
    this.scenarios = scenarios.toArray(new PathPayoff[0]);
    this.combinations = combinations.toArray(new double[0][]);
    this.bookWeights = bookWeights.clone();
    this.tranches = bookWeights.length;
    int widest = 0;
    for (PathPayoff scenario : this.scenarios) {
      if (scenario.outputs() != tranches) {
        throw new IllegalArgumentException("a scenario has " + scenario.outputs() + " outputs, not " + tranches);
      }
      widest = Math.max(widest, scenario.dimension());
    }
    for (double[] coefficients : this.combinations) {
      if (coefficients.length != this.scenarios.length) {
        throw new IllegalArgumentException("a combination of " + coefficients.length + " scenarios, not "
            + this.scenarios.length);
      }
    }
    this.dimension = widest;
    this.layout = widestLayout();
    this.controlExpectations = combinedExpectations();
  }

  /** Index of the output of {@code combination} for {@code tranche} ({@code tranches} for the book). */
  public static int output(int combination, int tranche, int tranches) {
    return combination * (tranches + 1) + tranche;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public int outputs() {
    return combinations.length * (tranches + 1);
  }

  /**
   * The layout of the first scenario with the most normals (the base market's, unless a bump adds a
   * step). Every scenario reads the same normals, which are independent standard normals whatever layout
   * orders them, so this choice affects only how well quasi-random points suit the other scenarios.
   */
  @Override
  public NormalLayout layout() {
    return layout;
  }

  private NormalLayout widestLayout() {
    for (PathPayoff scenario : scenarios) {
      if (scenario.dimension() == dimension) {
        return scenario.layout();
      }
    }
    return NormalLayout.unstructured(dimension);
  }

  @Override
  public double[] controlExpectations() {
    return controlExpectations.clone();
  }

  @Override
  public PathEvaluator newEvaluator() {
    PathEvaluator[] evaluators = new PathEvaluator[scenarios.length];
    for (int s = 0; s < scenarios.length; s++) {
      evaluators[s] = scenarios[s].newEvaluator();
    }
    double[][] payoffs = new double[scenarios.length][tranches];
    double[][] controls = new double[scenarios.length][tranches];
    return (normals, outputs, outputControls) -> {
      for (int s = 0; s < evaluators.length; s++) {
        evaluators[s].evaluate(normals, payoffs[s], controls[s]);
      }
      combine(payoffs, outputs);
      combine(controls, outputControls);
    };
  }

  private double[] combinedExpectations() {
    double[][] expectations = new double[scenarios.length][];
    for (int s = 0; s < scenarios.length; s++) {
      expectations[s] = scenarios[s].controlExpectations();
      if (expectations[s].length != tranches) {
        return new double[0];
      }
    }
    double[] combined = new double[outputs()];
    combine(expectations, combined);
    return combined;
  }

  /** Writes every combination of the scenarios' per-tranche {@code values} into {@code into}. */
  private void combine(double[][] values, double[] into) {
    for (int c = 0; c < combinations.length; c++) {
      double[] coefficients = combinations[c];
      double book = 0;
      for (int i = 0; i < tranches; i++) {
        double value = 0;
        for (int s = 0; s < coefficients.length; s++) {
          if (coefficients[s] != 0) {
            value += coefficients[s] * values[s][i];
          }
        }
        into[output(c, i, tranches)] = value;
        book += bookWeights[i] * value;
      }
      into[output(c, tranches, tranches)] = book;
    }
  }
}
