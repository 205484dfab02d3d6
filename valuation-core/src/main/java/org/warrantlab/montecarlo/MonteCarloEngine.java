package org.warrantlab.montecarlo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.parallel.ParallelTasks;

/**
 * Block-parallel Monte Carlo. The samples are split into blocks of {@link #BLOCK_SIZE}; block
 * {@code b} draws from its own stream seeded from (seed, b) (see {@link NormalStreams}), and block
 * results are merged in block order, so the result is bit-identical whatever the thread count. One
 * loop, {@link #forEachBlock}, runs the blocks of every run: pseudo-random, Sobol, and the calibration
 * paths of early exercise. A run is also a {@link BlockedRun}, whose blocks a caller may simulate
 * elsewhere (a cluster) and merge here with the same bits.
 */
public final class MonteCarloEngine {

  /** Samples per block. Part of the reproducibility contract: changing it changes results. */
  public static final int BLOCK_SIZE = 4096;

  public static final MonteCarloEngine DEFAULT = new MonteCarloEngine();

  private MonteCarloEngine() {
  }

  /** What a block does with each of its samples, in order; one per block, used by one thread. */
  @FunctionalInterface
  public interface SampleTask {

    /** Takes the next sample's normals and the likelihood weight of its payoffs. */
    void sample(double[] normals, double weight);
  }

  /**
   * Estimates the expectation of each output of {@code payoff}, and of the sum of the outputs weighted
   * by {@code totalWeights}.
   */
  public SimulationResult run(PathPayoff payoff, double[] totalWeights, SimulationSettings settings) {
    BlockedRun run = blocked(payoff, totalWeights, settings);
    return run.merge(statistics(run, settings.threads()));
  }

  /** The run of {@code payoff} with {@code settings}, cut into blocks to be simulated wherever the caller likes. */
  public BlockedRun blocked(PathPayoff payoff, double[] totalWeights, SimulationSettings settings) {
    if (totalWeights.length != payoff.outputs()) {
      throw new IllegalArgumentException("expected " + payoff.outputs() + " weights but got " + totalWeights.length);
    }
    return switch (settings.sampling().method()) {
      case PSEUDO -> new PseudoRandomRun(payoff, totalWeights, settings);
      case SOBOL -> new QuasiMonteCarloRun(payoff, totalWeights, settings);
    };
  }

  /** The statistics of every block of {@code run}, simulated on up to {@code threads} threads, in block order. */
  public List<double[]> statistics(BlockedRun run, int threads) {
    double[][] byBlock = new double[run.blocks()][];
    SimulationProgress.planned(run.blocks());
    ParallelTasks.forEach(run.blocks(), threads, block -> {
      byBlock[block] = run.blockStatistics(block);
      SimulationProgress.done();
    });
    return Arrays.asList(byBlock);
  }

  /** The result of {@code plan} with every block simulated here, on up to {@code threads} threads. */
  public <T> T execute(SimulationPlan<T> plan, int threads) {
    List<List<double[]>> statistics = new ArrayList<>(plan.runs().size());
    for (BlockedRun run : plan.runs()) {
      statistics.add(statistics(run, threads));
    }
    return plan.merge(statistics);
  }

  /**
   * Runs every block of {@code streams} on up to {@code threads} threads: {@code taskOfBlock} makes the
   * task of a block (where the caller keeps its result, in its block's slot), which is then handed the
   * block's samples in order.
   */
  public void forEachBlock(NormalStreams streams, int threads, IntFunction<SampleTask> taskOfBlock) {
    SimulationProgress.planned(streams.blocks());
    ParallelTasks.forEach(streams.blocks(), threads, block -> {
      runBlock(streams, block, taskOfBlock.apply(block));
      SimulationProgress.done();
    });
  }

  /** Hands {@code task} the samples of block {@code block} of {@code streams}, in order. */
  static void runBlock(NormalStreams streams, int block, SampleTask task) {
    double[] normals = new double[streams.dimension()];
    try (NormalStreams.BlockNormals stream = streams.open(block)) {
      for (int s = streams.samplesIn(block); s > 0; s--) {
        task.sample(normals, stream.next(normals));
      }
    }
  }

  /**
   * The first path of the run {@code settings} describes, in the order of {@link #normalsOfPath}, whose
   * normals {@code wanted} accepts (it gets a copy); empty when no path of the run does. One thread, path by path.
   */
  public OptionalLong firstPath(PathPayoff payoff, SimulationSettings settings, Predicate<double[]> wanted) {
    NormalStreams streams = streams(payoff, settings);
    boolean pairs = settings.antitheticPairs();
    double[] normals = new double[streams.dimension()];
    long path = 0;
    for (int block = 0; block < streams.blocks(); block++) {
      try (NormalStreams.BlockNormals stream = streams.open(block)) {
        for (int s = streams.samplesIn(block); s > 0; s--, path++) {
          stream.next(normals);
          if (wanted.test(normals.clone())) {
            return OptionalLong.of(path);
          }
          if (pairs) {
            path++;
            for (int d = 0; d < normals.length; d++) {
              normals[d] = -normals[d];
            }
            if (wanted.test(normals.clone())) {
              return OptionalLong.of(path);
            }
          }
        }
      }
    }
    return OptionalLong.empty();
  }

  /** The streams a run of {@code payoff} with {@code settings} draws its normals from. */
  static NormalStreams streams(PathPayoff payoff, SimulationSettings settings) {
    return switch (settings.sampling().method()) {
      case PSEUDO -> NormalStreams.pseudoRandom(settings.seed(), settings.samples(), payoff.dimension());
      case SOBOL -> QuasiRandomNormals.of(payoff, settings);
    };
  }

  /**
   * The normals that drive simulated path {@code pathIndex} of the run of {@code payoff} that
   * {@code settings} describes, so that one path of a run can be replayed and explained. Paths count
   * from 0 in simulation order: with antithetic variates, path 2k is the k-th sample and 2k+1 its mirror;
   * with Sobol points, randomisation by randomisation, point by point.
   */
  public double[] normalsOfPath(PathPayoff payoff, SimulationSettings settings, long pathIndex) {
    if (pathIndex < 0 || pathIndex >= settings.simulatedPaths()) {
      throw new InvalidValueException("path",
          "must be between 0 and " + (settings.simulatedPaths() - 1) + " but was " + pathIndex);
    }
    boolean pairs = settings.antitheticPairs();
    double[] normals = streams(payoff, settings).normalsOf(pairs ? pathIndex / 2 : pathIndex);
    if (pairs && pathIndex % 2 == 1) {
      for (int d = 0; d < normals.length; d++) {
        normals[d] = -normals[d];
      }
    }
    return normals;
  }
}
