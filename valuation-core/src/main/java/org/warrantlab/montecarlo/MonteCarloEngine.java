package org.warrantlab.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.parallel.ParallelTasks;
import org.warrantlab.random.BlockRandom;
import org.warrantlab.result.Estimate;
import org.warrantlab.result.SampleMoments;

/**
 * Block-parallel Monte Carlo. The samples are split into blocks of {@link #BLOCK_SIZE}; block
 * {@code b} draws from its own generator seeded from (seed, b), and block statistics are merged in
 * block order, so the result is bit-identical whatever the thread count.
 */
public final class MonteCarloEngine {

  /** Samples per block. Part of the reproducibility contract: changing it changes results. */
  public static final int BLOCK_SIZE = 4096;

  public static final MonteCarloEngine DEFAULT = new MonteCarloEngine();

  private MonteCarloEngine() {
  }

  /**
   * Estimates the expectation of each output of {@code payoff}, and of the sum of the outputs weighted
   * by {@code totalWeights}.
   */
  public SimulationResult run(PathPayoff payoff, double[] totalWeights, SimulationSettings settings) {
    if (totalWeights.length != payoff.outputs()) {
      throw new IllegalArgumentException("expected " + payoff.outputs() + " weights but got " + totalWeights.length);
    }
    if (settings.sampling().quasiRandom()) {
      return QuasiMonteCarloRun.run(payoff, totalWeights, settings);
    }
    long samples = settings.samples();
    int blocks = Math.toIntExact((samples + BLOCK_SIZE - 1) / BLOCK_SIZE);
    SampleMoments[][] byBlock = new SampleMoments[blocks][];
    ParallelTasks.forEach(blocks, settings.threads(), block -> {
      int blockSamples = (int) Math.min(BLOCK_SIZE, samples - (long) block * BLOCK_SIZE);
      RandomGenerator random = BlockRandom.forBlock(settings.seed(), block);
      byBlock[block] = new BlockSimulation(payoff, totalWeights, settings.antithetic())
          .simulate(random, blockSamples);
    });
    SampleMoments[] merged = newMoments(payoff.outputs() + 1);
    for (SampleMoments[] block : byBlock) {
      for (int i = 0; i < merged.length; i++) {
        merged[i].merge(block[i]);
      }
    }
    return summarise(merged, payoff, totalWeights, settings);
  }

  private static SimulationResult summarise(SampleMoments[] merged, PathPayoff payoff, double[] weights,
      SimulationSettings settings) {
    double[] expectations = payoff.controlExpectations();
    boolean controlled = settings.controlVariate() && expectations.length == payoff.outputs();
    List<Estimate> outputs = new ArrayList<>(payoff.outputs());
    double totalExpectation = 0;
    for (int i = 0; i < payoff.outputs(); i++) {
      outputs.add(controlled ? merged[i].controlled(expectations[i]) : merged[i].mean());
      totalExpectation += controlled ? weights[i] * expectations[i] : 0;
    }
    SampleMoments total = merged[payoff.outputs()];
    Estimate totalEstimate = controlled ? total.controlled(totalExpectation) : total.mean();
    return new SimulationResult(outputs, totalEstimate, settings.simulatedPaths());
  }

  private static SampleMoments[] newMoments(int size) {
    SampleMoments[] moments = new SampleMoments[size];
    for (int i = 0; i < size; i++) {
      moments[i] = new SampleMoments();
    }
    return moments;
  }

  /**
   * The normals that drive simulated path {@code pathIndex} (counting from 0 in simulation order: with
   * antithetic variates, path 2k is the k-th sample and 2k+1 its mirror), so that one path of a run can
   * be replayed and explained.
   */
  public double[] normalsOfPath(int dimension, SimulationSettings settings, long pathIndex) {
    if (pathIndex < 0 || pathIndex >= settings.simulatedPaths()) {
      throw new InvalidValueException("path",
          "must be between 0 and " + (settings.simulatedPaths() - 1) + " but was " + pathIndex);
    }
    long sample = settings.antithetic() ? pathIndex / 2 : pathIndex;
    RandomGenerator random = BlockRandom.forBlock(settings.seed(), sample / BLOCK_SIZE);
    long skip = (sample % BLOCK_SIZE) * dimension;
    for (long i = 0; i < skip; i++) {
      random.nextGaussian();
    }
    double[] normals = new double[dimension];
    boolean mirror = settings.antithetic() && pathIndex % 2 == 1;
    for (int d = 0; d < dimension; d++) {
      normals[d] = mirror ? -random.nextGaussian() : random.nextGaussian();
    }
    return normals;
  }

  /** The inner loop of one block: draw, evaluate (twice when antithetic), accumulate. */
  private static final class BlockSimulation {
    private final PathPayoff payoff;
    private final PathPayoff.PathEvaluator evaluator;
    private final double[] weights;
    private final boolean antithetic;
    private final double[] normals;
    private final double[] payoffs;
    private final double[] controls;
    private final double[] mirrorPayoffs;
    private final double[] mirrorControls;

    BlockSimulation(PathPayoff payoff, double[] weights, boolean antithetic) {
      this.payoff = payoff;
      this.evaluator = payoff.newEvaluator();
      this.weights = weights;
      this.antithetic = antithetic;
      int outputs = payoff.outputs();
      this.normals = new double[payoff.dimension()];
      this.payoffs = new double[outputs];
      this.controls = new double[outputs];
      this.mirrorPayoffs = new double[outputs];
      this.mirrorControls = new double[outputs];
    }

    SampleMoments[] simulate(RandomGenerator random, int samples) {
      int outputs = payoff.outputs();
      SampleMoments[] moments = newMoments(outputs + 1);
      for (int s = 0; s < samples; s++) {
        for (int d = 0; d < normals.length; d++) {
          normals[d] = random.nextGaussian();
        }
        evaluator.evaluate(normals, payoffs, controls);
        if (antithetic) {
          for (int d = 0; d < normals.length; d++) {
            normals[d] = -normals[d];
          }
          evaluator.evaluate(normals, mirrorPayoffs, mirrorControls);
          for (int i = 0; i < outputs; i++) {
            payoffs[i] = 0.5 * (payoffs[i] + mirrorPayoffs[i]);
            controls[i] = 0.5 * (controls[i] + mirrorControls[i]);
          }
        }
        double totalPayoff = 0;
        double totalControl = 0;
        for (int i = 0; i < outputs; i++) {
          moments[i].add(payoffs[i], controls[i]);
          totalPayoff += weights[i] * payoffs[i];
          totalControl += weights[i] * controls[i];
        }
        moments[outputs].add(totalPayoff, totalControl);
      }
      return moments;
    }
  }
}
