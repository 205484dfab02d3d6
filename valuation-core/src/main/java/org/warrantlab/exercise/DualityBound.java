package org.warrantlab.exercise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;
import org.warrantlab.montecarlo.MonteCarloEngine;
import org.warrantlab.montecarlo.NormalStreams;
import org.warrantlab.random.BlockRandom;
import org.warrantlab.result.Estimate;

/**
 * The Andersen–Broadie duality gap of a fitted exercise policy: how far above the policy's value the true
 * value of early exercise can lie. On each of a few outer paths, the policy's value process is estimated
 * by nested simulation (continuations of the path from each exercise date in the money, drawn afresh
 * after it and walked under the policy), and the path's gap is the largest excess of the exercise value
 * over that martingale. The value plus the mean gap is an upper bound in expectation: out of the money the
 * continuation is taken as zero, where the terms stand a date the policy holds below the European value of
 * holding (a floor under the true continuation) is taken at the martingale's own excess without
 * continuations, and a continued path keeps the financing draws of its outer path (the holder is told more
 * than he knows), all of which can only raise the bound.
 */
public final class DualityBound {

  /** Mixed into the seed so that outer paths never coincide with the pricing or calibration paths. */
  static final long OUTER_STREAM = 0x4455414C4F555452L;

  /** Mixed into the seed of the continuations of each outer path. */
  static final long INNER_STREAM = 0x4455414C494E4E52L;

  /** The fewest continuations of a date that needs them, however many dates an outer path needs. */
  public static final int MIN_CONTINUATIONS = 16;

  private final ExercisablePaths paths;
  private final ExerciseDecision policy;
  private final int outerPaths;
  private final long walksPerOuterPath;
  private final int maxPairs;
  private final boolean controlled;

  /**
   * A bound with {@code continuations} continuations from every date of every outer path that needs them.
   *
   * @param outerPaths paths on which the gap is measured
   * @param continuations continuations per outer path and exercise date that needs them, in antithetic pairs
   */
  public DualityBound(ExercisablePaths paths, ExerciseDecision policy, int outerPaths, int continuations) {
    this(paths, policy, outerPaths, Long.MAX_VALUE, continuations);
  }

  /**
   * A bound whose outer paths each share {@code walksPerOuterPath} continuations among the dates that need
   * them (in the money, and not settled by the sub-optimality check), so a path that needs few dates
   * continues each of them more often: between {@link #MIN_CONTINUATIONS} (or {@code maxContinuations}, if
   * fewer) and {@code maxContinuations} a date. The share depends on the outer path alone, so the bound is
   * reproducible; fewer continuations only add noise, which the maximum over the dates turns into a higher
   * bound, never a lower one.
   *
   * @param outerPaths paths on which the gap is measured
   * @param walksPerOuterPath continuations an outer path may share among its dates
   * @param maxContinuations the most continuations of one date, in antithetic pairs
   */
  public DualityBound(ExercisablePaths paths, ExerciseDecision policy, int outerPaths, long walksPerOuterPath,
      int maxContinuations) {
    this.paths = paths;
    this.policy = policy;
    this.outerPaths = outerPaths;
    this.walksPerOuterPath = walksPerOuterPath;
    this.maxPairs = Math.max(maxContinuations / 2, 1);
    this.controlled = paths.controlsAreHoldValues();
  }

  /**
   * The gaps measured on the outer paths: each output's mean gap with its standard error, and the mean
   * number of continuations of a date that needed them (0 where no date did).
   */
  public record Gaps(List<Estimate> gaps, double continuationsPerDate) {

    public Gaps {
      gaps = List.copyOf(gaps);
    }
  }

  /**
   * The mean gap of each output over the outer paths of the run seeded with {@code seed}, with its standard
   * error; {@code lowerBounds} are the outputs' values under the policy, the continuation value on the
   * valuation date.
   */
  public Gaps gaps(long seed, double[] lowerBounds, int threads) {
    int outputs = paths.outputs();
    double[][] gaps = new double[outputs][outerPaths];
    long[] walks = new long[outerPaths];
    int[] dates = new int[outerPaths];
    NormalStreams streams = NormalStreams.pseudoRandom(seed ^ OUTER_STREAM, outerPaths, paths.dimension());
    MonteCarloEngine.DEFAULT.forEachBlock(streams, threads, block -> {
      OuterPath outer = new OuterPath(seed, lowerBounds);
      int[] path = {block * streams.blockSize()};
      return (normals, weight) -> {
        outer.measure(normals, path[0]);
        for (int j = 0; j < outputs; j++) {
          gaps[j][path[0]] = outer.gaps[j];
        }
        walks[path[0]] = 2L * outer.pairs * outer.needed;
        dates[path[0]] = outer.needed;
        path[0]++;
      };
    });
    List<Estimate> estimates = new ArrayList<>(outputs);
    for (int j = 0; j < outputs; j++) {
      estimates.add(mean(gaps[j]));
    }
    long allWalks = Arrays.stream(walks).sum();
    long allDates = Arrays.stream(dates).asLongStream().sum();
    return new Gaps(estimates, allDates == 0 ? 0 : (double) allWalks / allDates);
  }

  private static Estimate mean(double[] samples) {
    double mean = 0;
    for (double s : samples) {
      mean += s;
    }
    mean /= samples.length;
    double squares = 0;
    for (double s : samples) {
      squares += (s - mean) * (s - mean);
    }
    return new Estimate(mean, Math.sqrt(squares / (samples.length - 1) / samples.length), samples.length);
  }

  /** One thread's measurement of outer paths: their exercise values, the policy's decisions and the gaps. */
  private final class OuterPath {
    private final long seed;
    private final double[] lowerBounds;
    private final double[][] values;
    private final boolean[][] exercises;
    private final double[][] holds;
    private final double[] gaps;
    private final double[] expiryValues;
    private final double[] scratch;
    private final double[] inner;
    private final double[] innerPayoffs;
    private final double[] innerControls;
    private final ExercisablePaths.Walker recorder;
    private final ExercisablePaths.Walker continued;
    private int continuedOutput;
    private int continuedFrom;
    /** Dates of the current outer path that need continuations, over every output, and pairs for each. */
    private int needed;
    private int pairs;

    OuterPath(long seed, double[] lowerBounds) {
      this.seed = seed;
      this.lowerBounds = lowerBounds;
      int outputs = paths.outputs();
      this.values = new double[outputs][];
      this.exercises = new boolean[outputs][];
      this.holds = new double[outputs][];
      for (int j = 0; j < outputs; j++) {
        int dates = Math.max(paths.exerciseTimes(j).length - 1, 0);
        values[j] = new double[dates];
        exercises[j] = new boolean[dates];
        holds[j] = new double[dates];
      }
      this.gaps = new double[outputs];
      this.expiryValues = new double[outputs];
      this.scratch = new double[outputs];
      this.inner = new double[paths.dimension()];
      this.innerPayoffs = new double[outputs];
      this.innerControls = new double[outputs];
      this.recorder = paths.newWalker(this::record);
      this.continued = paths.newWalker(this::continueUnderPolicy);
    }

    /** Records the exercise value and the policy's decision on each date, and never exercises. */
    private boolean record(int output, int date, double exerciseValue, DoubleSupplier holdValue) {
      if (date >= 0) {
        values[output][date] = exerciseValue;
        exercises[output][date] = policy.exercise(output, date, exerciseValue, holdValue);
        holds[output][date] = controlled ? holdValue.getAsDouble() : 0;
      }
      return false;
    }

    /** The policy, from the date after the one the path is continued from, for the output continued. */
    private boolean continueUnderPolicy(int output, int date, double exerciseValue, DoubleSupplier holdValue) {
      return output == continuedOutput && date > continuedFrom && policy.exercise(output, date, exerciseValue,
          holdValue);
    }

    void measure(double[] normals, long pathIndex) {
      for (double[] v : values) {
        Arrays.fill(v, 0);
      }
      recorder.walk(normals, expiryValues, scratch);
      needed = 0;
      for (int j = 0; j < paths.outputs(); j++) {
        for (int k = 0; k < values[j].length; k++) {
          if (needsContinuations(j, k)) {
            needed++;
          }
        }
      }
      pairs = pairsPerDate(needed);
      RandomGenerator random = BlockRandom.forBlock(seed ^ INNER_STREAM, pathIndex);
      for (int j = 0; j < paths.outputs(); j++) {
        gaps[j] = gap(j, normals, random);
      }
    }

    /**
     * The largest excess of the exercise value over the policy's martingale, less the value on the valuation
     * date: on a date the policy exercises, the martingale's step is the exercise value less the continuation;
     * elsewhere the steps telescope into the continuation of the date itself.
     */
    private double gap(int output, double[] normals, RandomGenerator random) {
      double now = paths.immediateExerciseValue(output);
      double gap = now > 0 ? now - lowerBounds[output] : Double.NEGATIVE_INFINITY;
      double excess = 0;
      for (int k = 0; k < values[output].length; k++) {
        double value = values[output][k];
        if (!needsContinuations(output, k)) {
          gap = Math.max(gap, -excess);
          continue;
        }
        double continuation = continuation(output, k, normals, random);
        if (exercises[output][k]) {
          gap = Math.max(gap, -excess);
          excess += value - continuation;
        } else {
          gap = Math.max(gap, value - continuation - excess);
        }
      }
      return Math.max(gap, -excess);
    }

    /** The continuations' pairs of each date an outer path needing {@code dates} dates continues. */
    private int pairsPerDate(int dates) {
      if (dates == 0) {
        return 0;
      }
      long share = walksPerOuterPath / (2L * dates);
      return (int) Math.max(Math.min(share, maxPairs), Math.min(MIN_CONTINUATIONS / 2, maxPairs));
    }

    /** Whether date {@code date} needs continuations: in the money and not settled by {@link #belowFloor}. */
    private boolean needsContinuations(int output, int date) {
      return values[output][date] > 0 && !belowFloor(output, date);
    }

    /**
     * Whether the policy holds on date {@code date} at an exercise value no higher than the hold value, a floor
     * under the true continuation where the terms stand: the date's excess is then at most the martingale's
     * own, so it needs no continuations (Broadie and Cao's sub-optimality check).
     */
    private boolean belowFloor(int output, int date) {
      return controlled && !exercises[output][date] && values[output][date] <= holds[output][date];
    }

    /**
   * The mean discounted payoff of the path continued afresh after date {@code date} under the policy; where
   * the controls allow, the mean excess over the European payoff held, plus the date's hold value.
   */
    private double continuation(int output, int date, double[] normals, RandomGenerator random) {
      int kept = paths.normalsThrough(output, date);
      System.arraycopy(normals, 0, inner, 0, kept);
      continuedOutput = output;
      continuedFrom = date;
      double sumPayoff = 0;
      double sumControl = 0;
      double sumControlSquares = 0;
      double sumProducts = 0;
      for (int pair = 0; pair < pairs; pair++) {
        for (int d = kept; d < inner.length; d++) {
          inner[d] = random.nextGaussian();
        }
        continued.walk(inner, innerPayoffs, innerControls);
        double payoff = innerPayoffs[output];
        double control = innerControls[output];
        for (int d = kept; d < inner.length; d++) {
          inner[d] = -inner[d];
        }
        continued.walk(inner, innerPayoffs, innerControls);
        payoff = 0.5 * (payoff + innerPayoffs[output]);
        control = 0.5 * (control + innerControls[output]);
        sumPayoff += payoff;
        sumControl += control;
        sumControlSquares += control * control;
        sumProducts += payoff * control;
      }
      double meanPayoff = sumPayoff / pairs;
      if (!controlled) {
        return meanPayoff;
      }
      double meanControl = sumControl / pairs;
      double controlVariance = sumControlSquares / pairs - meanControl * meanControl;
      double covariance = sumProducts / pairs - meanPayoff * meanControl;
      double beta = controlVariance > 0 ? covariance / controlVariance : 0;
      return meanPayoff - beta * (meanControl - holds[output][date]);
    }
  }
}
