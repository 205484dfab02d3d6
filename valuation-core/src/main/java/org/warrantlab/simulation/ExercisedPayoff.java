package org.warrantlab.simulation;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.warrantlab.exercise.ExercisablePaths;
import org.warrantlab.exercise.ExerciseDecision;
import org.warrantlab.montecarlo.PathPayoff;
import org.warrantlab.process.NormalLayout;

/**
 * Paths walked under one or more independently fitted exercise policies, as a payoff for the Monte Carlo
 * engine: each path is walked once per policy. The outputs are the paths' outputs averaged over the
 * policies; then three per output that may be exercised early, whose means (over the policies too) are its
 * exercise probability, its early-exercise probability and its mean exercise time times the exercise
 * probability; then, with more than one policy, the paths' outputs under each policy in turn, from which
 * {@link PolicySpread} measures the variance the fitted policy adds.
 */
public final class ExercisedPayoff implements PathPayoff {

  /** Statistics outputs per exercisable output. */
  static final int STATISTICS = 3;

  private final ExercisablePaths paths;
  private final List<ExerciseDecision> policies;
  private final int[] exercisable;
  private final double[][] times;

  public ExercisedPayoff(ExercisablePaths paths, ExerciseDecision policy) {
    this(paths, List.of(policy));
  }

  public ExercisedPayoff(ExercisablePaths paths, List<? extends ExerciseDecision> policies) {
    if (policies.isEmpty()) {
      throw new IllegalArgumentException("at least one exercise policy is needed");
    }
    this.paths = paths;
    this.policies = List.copyOf(policies);
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

  /** Index of output {@code output} of the paths under policy {@code policy} alone; only with several policies. */
  public int underPolicy(int policy, int output) {
    return firstPerPolicy() + policy * paths.outputs() + output;
  }

  /** Number of independently fitted policies the paths are walked under. */
  public int policies() {
    return policies.size();
  }

  /** Number of the paths' own outputs, which come first. */
  public int pathOutputs() {
    return paths.outputs();
  }

  private int firstPerPolicy() {
    return paths.outputs() + STATISTICS * exercisable.length;
  }

  @Override
  public int dimension() {
    return paths.dimension();
  }

  @Override
  public int outputs() {
    return firstPerPolicy() + (policies.size() > 1 ? policies.size() * paths.outputs() : 0);
  }

  @Override
  public NormalLayout layout() {
    return paths.layout();
  }

  @Override
  public double[] controlExpectations() {
    double[] expectations = paths.controlExpectations();
    if (expectations.length != paths.outputs()) {
      return expectations;
    }
    double[] all = Arrays.copyOf(expectations, outputs());
    for (int k = 0; policies.size() > 1 && k < policies.size(); k++) {
      System.arraycopy(expectations, 0, all, underPolicy(k, 0), expectations.length);
    }
    return all;
  }

  @Override
  public PathEvaluator newEvaluator() {
    int n = paths.outputs();
    int count = policies.size();
    int[] exercisedOn = new int[n];
    ExercisablePaths.Walker[] walkers = new ExercisablePaths.Walker[count];
    for (int k = 0; k < count; k++) {
      ExerciseDecision policy = policies.get(k);
      walkers[k] = paths.newWalker((output, date, value, floor) -> {
        boolean exercise = policy.exercise(output, date, value, floor);
        if (exercise) {
          exercisedOn[output] = date;
        }
        return exercise;
      });
    }
    double[] walked = new double[n];
    double[] walkedControls = new double[n];
    return (normals, payoffs, controls) -> {
      Arrays.fill(payoffs, 0);
      Arrays.fill(controls, 0);
      for (int k = 0; k < count; k++) {
        Arrays.fill(exercisedOn, Integer.MIN_VALUE);
        walkers[k].walk(normals, walked, walkedControls);
        for (int j = 0; j < n; j++) {
          payoffs[j] += walked[j] / count;
        }
        if (k == 0) {
          System.arraycopy(walkedControls, 0, controls, 0, n);
        }
        if (count > 1) {
          System.arraycopy(walked, 0, payoffs, underPolicy(k, 0), n);
          System.arraycopy(walkedControls, 0, controls, underPolicy(k, 0), n);
        }
        addStatistics(walked, exercisedOn, payoffs, count);
      }
    };
  }

  /** Adds one policy's share of each exercisable output's statistics on the path just walked. */
  private void addStatistics(double[] walked, int[] exercisedOn, double[] payoffs, int count) {
    for (int i = 0; i < exercisable.length; i++) {
      int j = exercisable[i];
      int at = paths.outputs() + STATISTICS * i;
      boolean early = exercisedOn[j] != Integer.MIN_VALUE;
      boolean exercised = early || walked[j] > 0;
      double years = !exercised ? 0 : early ? (exercisedOn[j] < 0 ? 0 : times[j][exercisedOn[j]])
          : times[j][times[j].length - 1];
      payoffs[at] += exercised ? 1.0 / count : 0;
      payoffs[at + 1] += early ? 1.0 / count : 0;
      payoffs[at + 2] += years / count;
    }
  }
}
