package org.warrantlab.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.warrantlab.exercise.EarlyExerciseSettings;
import org.warrantlab.exercise.ExercisablePaths;
import org.warrantlab.exercise.ExercisePolicy;
import org.warrantlab.exercise.LongstaffSchwartz;
import org.warrantlab.montecarlo.BlockedRun;
import org.warrantlab.montecarlo.MonteCarloEngine;
import org.warrantlab.montecarlo.PathTally;
import org.warrantlab.montecarlo.SimulationResult;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.result.Estimate;

/**
 * Early exercise valued in independent batches, so that the standard error includes the fitted policy's
 * variance at no extra cost: batch {@code b} fits a policy on its share of the calibration paths and walks
 * its share of the pricing paths under it, both from the batch's own seed. Each output's value is the
 * batches' mean and its standard error their spread over √batches, with batches − 1 degrees of freedom.
 */
public final class PolicyBatches {

  private final ExercisablePaths paths;
  private final SimulationSettings settings;
  private final LongstaffSchwartz calibration;

  public PolicyBatches(ExercisablePaths paths, SimulationSettings settings) {
    this.paths = paths;
    this.settings = settings;
    this.calibration = new LongstaffSchwartz(settings.earlyExercise());
  }

  /** A run's batches, its policies and the payoffs they were walked as, with the batch means combined. */
  public record Run(SimulationResult result, List<ExercisePolicy> policies, ExercisedPayoff layout) {
  }

  /** Number of batches. */
  public int batches() {
    return settings.earlyExercise().calibrations();
  }

  /** The settings of batch {@code batch}: its share of the paths, rounded up, from the batch's own seed. */
  public SimulationSettings settingsOf(int batch) {
    long share = Math.max((settings.paths() + batches() - 1) / batches(), 2);
    return settings.withPaths(share).withSeed(LongstaffSchwartz.batchSeed(settings.seed(), batch));
  }

  /** The policy of batch {@code batch}. */
  public ExercisePolicy policyOf(int batch) {
    return calibration.calibrateBatch(paths, settings.seed(), batch, settings.threads());
  }

  /**
   * Every batch's policy, fitted here, and its run, blocked for callers that simulate the blocks elsewhere;
   * {@code totalWeights} weigh the paths' outputs in the total (the exercise statistics weigh nothing).
   */
  public Plan plan(double[] totalWeights) {
    List<ExercisePolicy> policies = new ArrayList<>(batches());
    List<BlockedRun> runs = new ArrayList<>(batches());
    for (int b = 0; b < batches(); b++) {
      ExercisePolicy policy = policyOf(b);
      ExercisedPayoff payoff = new ExercisedPayoff(paths, policy);
      policies.add(policy);
      runs.add(MonteCarloEngine.DEFAULT.blocked(payoff, Arrays.copyOf(totalWeights, payoff.outputs()),
          settingsOf(b)));
    }
    return new Plan(runs, policies, new ExercisedPayoff(paths, policies.get(0)));
  }

  /** The batches' runs, their policies and the payoffs they are walked as. */
  public record Plan(List<BlockedRun> runs, List<ExercisePolicy> policies, ExercisedPayoff layout) {

    public Plan {
      runs = List.copyOf(runs);
      policies = List.copyOf(policies);
    }
  }

  /** Runs every batch here, on the settings' threads. */
  public Run run(double[] totalWeights) {
    Plan plan = plan(totalWeights);
    List<SimulationResult> results = new ArrayList<>(batches());
    for (BlockedRun run : plan.runs()) {
      results.add(run.merge(MonteCarloEngine.DEFAULT.statistics(run, settings.threads())));
    }
    return new Run(combine(results), plan.policies(), plan.layout());
  }

  /**
   * Each output's and the total's batch mean, with the standard error of the spread between the batches;
   * the tallies are summed over every batch's paths.
   */
  public static SimulationResult combine(List<SimulationResult> results) {
    int outputs = results.get(0).outputs().size();
    List<Estimate> combined = new ArrayList<>(outputs);
    for (int j = 0; j < outputs; j++) {
      int output = j;
      combined.add(batchMean(results.stream().map(r -> r.outputs().get(output)).toList()));
    }
    long simulated = results.stream().mapToLong(SimulationResult::simulatedPaths).sum();
    PathTally tally = new PathTally(results.get(0).tally().size());
    for (SimulationResult result : results) {
      for (int q = 0; q < tally.size(); q++) {
        tally.add(q, result.tally().sum(q));
      }
    }
    return new SimulationResult(combined, batchMean(results.stream().map(SimulationResult::total).toList()),
        simulated, tally);
  }

  /** The mean of the batches' estimates, with the standard error of a mean of independent replicates. */
  static Estimate batchMean(List<Estimate> batches) {
    int count = batches.size();
    double mean = 0;
    long samples = 0;
    for (Estimate e : batches) {
      mean += e.value();
      samples += e.samples();
    }
    mean /= count;
    double squares = 0;
    for (Estimate e : batches) {
      squares += (e.value() - mean) * (e.value() - mean);
    }
    return new Estimate(mean, Math.sqrt(squares / (count - 1) / count), samples, count - 1);
  }
}
