package org.warrantlab.pricer;

import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.pricer.exercise.EarlyExerciseSettings;

/**
 * How to run a Monte Carlo valuation.
 *
 * @param paths simulated price paths (with antithetic variates, each pair is two paths)
 * @param seed the seed from which every block's random stream is derived
 * @param antithetic whether each path is paired with its mirror image (normals negated)
 * @param controlVariate whether to use a payoff's control variates where it has them
 * @param threads worker threads; does not change the result
 * @param earlyExercise how warrants exercisable early are valued
 */
public record SimulationSettings(long paths, long seed, boolean antithetic, boolean controlVariate, int threads,
    EarlyExerciseSettings earlyExercise) {

  public SimulationSettings {
    if (paths < 2) {
      throw new InvalidValueException("paths", "must be at least 2 but was " + paths);
    }
    Checks.positive(threads, "threads");
    Checks.notNull(earlyExercise, "earlyExercise");
  }

  /** Settings with the default early-exercise method. */
  public SimulationSettings(long paths, long seed, boolean antithetic, boolean controlVariate, int threads) {
    this(paths, seed, antithetic, controlVariate, threads, EarlyExerciseSettings.DEFAULT);
  }

  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Independent samples: antithetic pairs, or single paths. */
  public long samples() {
    return antithetic ? (paths + 1) / 2 : paths;
  }

  /** Paths actually simulated: {@link #paths()} rounded up to whole antithetic pairs. */
  public long simulatedPaths() {
    return antithetic ? 2 * samples() : paths;
  }

  public SimulationSettings withThreads(int newThreads) {
    return new SimulationSettings(paths, seed, antithetic, controlVariate, newThreads, earlyExercise);
  }

  /** The same settings with {@code newPaths} paths: same seed, so the first paths are the same paths. */
  public SimulationSettings withPaths(long newPaths) {
    return new SimulationSettings(newPaths, seed, antithetic, controlVariate, threads, earlyExercise);
  }

}
