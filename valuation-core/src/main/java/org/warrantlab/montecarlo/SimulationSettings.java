package org.warrantlab.montecarlo;

import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.exercise.EarlyExerciseSettings;

/**
 * How to run a Monte Carlo valuation.
 *
 * @param paths simulated price paths (with antithetic variates, each pair is two paths)
 * @param seed the seed from which every block's random stream is derived
 * @param antithetic whether each pseudo-random path is paired with its mirror image (normals negated);
 *     ignored by Sobol sampling
 * @param controlVariate whether to use a payoff's control variates where it has them
 * @param threads worker threads; does not change the result
 * @param earlyExercise how warrants exercisable early are valued
 * @param sampling pseudo-random or randomised quasi-random (Sobol) paths
 */
public record SimulationSettings(long paths, long seed, boolean antithetic, boolean controlVariate, int threads,
    EarlyExerciseSettings earlyExercise, Sampling sampling) {

  /** The most Sobol points per randomisation (commons-math3 indexes points with an {@code int}). */
  public static final long MAX_POINTS_PER_RANDOMISATION = 1L << 30;

  /** The most paths: 2^53, past which path counts would overflow the arithmetic on them (and take centuries). */
  public static final long MAX_PATHS = 1L << 53;

  public SimulationSettings {
    if (paths < 2) {
      throw new InvalidValueException("paths", "must be at least 2 but was " + paths);
    }
    if (paths > MAX_PATHS) {
      throw new InvalidValueException("paths", String.format(java.util.Locale.US, "must be at most %,d but was %,d",
          MAX_PATHS, paths));
    }
    Checks.positive(threads, "threads");
    Checks.notNull(earlyExercise, "earlyExercise");
    Checks.notNull(sampling, "sampling");
    if (sampling.quasiRandom() && pointsPerRandomisation(paths, sampling) > MAX_POINTS_PER_RANDOMISATION) {
      throw new InvalidValueException("paths", "must give at most " + MAX_POINTS_PER_RANDOMISATION
          + " Sobol points per randomisation but was " + paths);
    }
  }

  /** Pseudo-random settings. */
  public SimulationSettings(long paths, long seed, boolean antithetic, boolean controlVariate, int threads,
      EarlyExerciseSettings earlyExercise) {
    this(paths, seed, antithetic, controlVariate, threads, earlyExercise, Sampling.PSEUDO);
  }

  /** Pseudo-random settings with the default early-exercise method. */
  public SimulationSettings(long paths, long seed, boolean antithetic, boolean controlVariate, int threads) {
    this(paths, seed, antithetic, controlVariate, threads, EarlyExerciseSettings.DEFAULT);
  }

  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Samples simulated: antithetic pairs, or single paths. Pseudo-random samples are independent; Sobol
   * samples are {@link Sampling#randomisations()} replicates of {@link #pointsPerRandomisation()} points.
   */
  public long samples() {
    if (sampling.quasiRandom()) {
      return sampling.randomisations() * pointsPerRandomisation();
    }
    return antithetic ? (paths + 1) / 2 : paths;
  }

  /**
   * Whether each path is paired with its mirror (normals negated): antithetic pseudo-random paths. Sobol
   * points are never mirrored (see {@link QuasiMonteCarloRun}).
   */
  public boolean antitheticPairs() {
    return antithetic && !sampling.quasiRandom();
  }

  /**
   * Paths actually simulated: {@link #paths()} rounded up to whole antithetic pairs or, with Sobol
   * sampling, to whole replicates of a power of two of points each.
   */
  public long simulatedPaths() {
    return antitheticPairs() ? 2 * samples() : samples();
  }

  /**
   * Sobol points per randomisation: the paths asked for, shared among the randomisations and rounded up
   * to a power of two, at which a Sobol point set is balanced.
   */
  public long pointsPerRandomisation() {
    return pointsPerRandomisation(paths, sampling);
  }

  private static long pointsPerRandomisation(long paths, Sampling sampling) {
    long share = (paths + sampling.randomisations() - 1) / sampling.randomisations();
    return share <= 1 ? 1 : Long.highestOneBit(share - 1) << 1;
  }

  public SimulationSettings withThreads(int newThreads) {
    return new SimulationSettings(paths, seed, antithetic, controlVariate, newThreads, earlyExercise, sampling);
  }

  /** The same settings sampled by {@code newSampling}. */
  public SimulationSettings withSampling(Sampling newSampling) {
    return new SimulationSettings(paths, seed, antithetic, controlVariate, threads, earlyExercise, newSampling);
  }

  /** The same settings with {@code newPaths} paths: same seed, so the first paths are the same paths. */
  public SimulationSettings withPaths(long newPaths) {
    return new SimulationSettings(newPaths, seed, antithetic, controlVariate, threads, earlyExercise, sampling);
  }

  public SimulationSettings withSeed(long newSeed) {
    return new SimulationSettings(paths, newSeed, antithetic, controlVariate, threads, earlyExercise, sampling);
  }

  public SimulationSettings withEarlyExercise(EarlyExerciseSettings newEarlyExercise) {
    return new SimulationSettings(paths, seed, antithetic, controlVariate, threads, newEarlyExercise, sampling);
  }

}
