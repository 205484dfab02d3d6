package org.warrantlab.simulation;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.warrantlab.exercise.ExercisablePaths;
import org.warrantlab.exercise.ExerciseDecision;
import org.warrantlab.montecarlo.PathPayoff;
import org.warrantlab.montecarlo.PathTally;
import org.warrantlab.process.NormalLayout;

/**
 * Paths walked under a fitted exercise policy, as a payoff for the Monte Carlo engine. The outputs are
 * the paths' outputs, then three per output that may be exercised early, whose means are its exercise
 * probability, its early-exercise probability and its mean exercise time times the exercise probability.
 */
public final class ExercisedPayoff implements PathPayoff {

  /** Statistics outputs per exercisable output. */
  static final int STATISTICS = 3;

  private final ExercisablePaths paths;
  private final ExerciseDecision policy;
  private final int[] exercisable;
  private final double[][] times;

  public ExercisedPayoff(ExercisablePaths paths, ExerciseDecision policy) {
    this.paths = paths;
    this.policy = policy;
    this.exercisable = IntStream.range(0, paths.outputs()).filter(j -> paths.exerciseTimes(j).length > 0).toArray();
    this.times = new double[paths.outputs()][];
    for (int j = 0; j < times.length; j++) {
      times[j] = paths.exerciseTimes(j);
    }
  }

  /** Index among this payoff's outputs of the first statistic of output {@code output}, or -1. */
  public int statisticsOf(int output) {
    int position = Arrays.binarySearch(exercisable, output);
    return position < 0 ? -1 : paths.outputs() + STATISTICS * position;
  }

  @Override
  public int dimension() {
    return paths.dimension();
  }

  @Override
  public int outputs() {
    return paths.outputs() + STATISTICS * exercisable.length;
  }

  @Override
  public NormalLayout layout() {
    return paths.layout();
  }

  @Override
  public double[] controlExpectations() {
    double[] expectations = paths.controlExpectations();
    return expectations.length == paths.outputs() ? Arrays.copyOf(expectations, outputs()) : expectations;
  }

  @Override
  public int tallies() {
    return paths.tallies();
  }

  @Override
  public PathEvaluator newEvaluator() {
    return newEvaluator(new PathTally(0));
  }

  @Override
  public PathEvaluator newEvaluator(PathTally tally) {
    int[] exercisedOn = new int[paths.outputs()];
    ExerciseDecision recorded = (output, date, value, floor) -> {
      boolean exercise = policy.exercise(output, date, value, floor);
      if (exercise) {
        exercisedOn[output] = date;
      }
      return exercise;
    };
    ExercisablePaths.Walker walker = tally.size() > 0 ? paths.newWalker(recorded, tally)
        : paths.newWalker(recorded);
    return (normals, payoffs, controls) -> {
      Arrays.fill(payoffs, 0);
      Arrays.fill(controls, 0);
      Arrays.fill(exercisedOn, Integer.MIN_VALUE);
      walker.walk(normals, payoffs, controls);
      addStatistics(exercisedOn, payoffs);
    };
  }

  /** Writes each exercisable output's statistics on the path just walked. */
  private void addStatistics(int[] exercisedOn, double[] payoffs) {
    for (int i = 0; i < exercisable.length; i++) {
      int j = exercisable[i];
      int at = paths.outputs() + STATISTICS * i;
      boolean early = exercisedOn[j] != Integer.MIN_VALUE;
      boolean exercised = early || payoffs[j] > 0;
      double years = !exercised ? 0 : early ? (exercisedOn[j] < 0 ? 0 : times[j][exercisedOn[j]])
          : times[j][times[j].length - 1];
      payoffs[at] = exercised ? 1.0 : 0;
      payoffs[at + 1] = early ? 1.0 : 0;
      payoffs[at + 2] = years;
    }
  }
}
