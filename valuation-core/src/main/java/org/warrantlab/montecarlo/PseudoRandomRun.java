package org.warrantlab.montecarlo;

import java.util.ArrayList;
import java.util.List;
import org.warrantlab.result.Estimate;
import org.warrantlab.result.SampleMoments;

/**
 * A pseudo-random run: each sample's payoffs (the mean of a path and its mirror with antithetic variates)
 * accumulate into the moments of its block, and the blocks' moments are merged in block order.
 */
final class PseudoRandomRun implements BlockedRun {

  private final PathPayoff payoff;
  private final double[] weights;
  private final SimulationSettings settings;
  private final NormalStreams streams;

  PseudoRandomRun(PathPayoff payoff, double[] weights, SimulationSettings settings) {
    this.payoff = payoff;
    this.weights = weights.clone();
    this.settings = settings;
    this.streams = MonteCarloEngine.streams(payoff, settings);
  }

  @Override
  public int blocks() {
    return streams.blocks();
  }

  /** Per output and then the total, the block's {@link SampleMoments} state; then its path tally. */
  @Override
  public double[] blockStatistics(int block) {
    SampleMoments[] moments = newMoments(payoff.outputs() + 1);
    PathTally tally = new PathTally(payoff.tallies());
    MonteCarloEngine.runBlock(streams, block,
        new BlockMoments(payoff, weights, settings.antithetic(), moments, tally));
    int tallyAt = SampleMoments.STATE_SIZE * moments.length;
    double[] state = new double[tallyAt + tally.size()];
    for (int i = 0; i < moments.length; i++) {
      moments[i].writeTo(state, SampleMoments.STATE_SIZE * i);
    }
    tally.writeTo(state, tallyAt);
    return state;
  }

  @Override
  public SimulationResult merge(List<double[]> byBlock) {
    checkBlocks(byBlock);
    SampleMoments[] merged = newMoments(payoff.outputs() + 1);
    PathTally tally = new PathTally(payoff.tallies());
    int tallyAt = SampleMoments.STATE_SIZE * merged.length;
    for (double[] block : byBlock) {
      for (int i = 0; i < merged.length; i++) {
        merged[i].merge(SampleMoments.readFrom(block, SampleMoments.STATE_SIZE * i));
      }
      tally.mergeFrom(block, tallyAt);
    }
    return summarise(merged, payoff, weights, settings, tally);
  }

  private static SimulationResult summarise(SampleMoments[] merged, PathPayoff payoff, double[] weights,
      SimulationSettings settings, PathTally tally) {
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
    return new SimulationResult(outputs, totalEstimate, settings.simulatedPaths(), tally);
  }

  private static SampleMoments[] newMoments(int size) {
    SampleMoments[] moments = new SampleMoments[size];
    for (int i = 0; i < size; i++) {
      moments[i] = new SampleMoments();
    }
    return moments;
  }

  /**
   * One block's samples: evaluate (twice when antithetic), accumulate into the block's moments per output
   * and for the total. Only the moments outlive the block.
   */
  private static final class BlockMoments implements MonteCarloEngine.SampleTask {
    private final PathPayoff.PathEvaluator evaluator;
    private final double[] weights;
    private final boolean antithetic;
    private final SampleMoments[] moments;
    private final double[] payoffs;
    private final double[] controls;
    private final double[] mirrorPayoffs;
    private final double[] mirrorControls;

    BlockMoments(PathPayoff payoff, double[] weights, boolean antithetic, SampleMoments[] moments,
        PathTally tally) {
      this.evaluator = payoff.tallies() > 0 ? payoff.newEvaluator(tally) : payoff.newEvaluator();
      this.weights = weights;
      this.antithetic = antithetic;
      int outputs = payoff.outputs();
      this.moments = moments;
      this.payoffs = new double[outputs];
      this.controls = new double[outputs];
      this.mirrorPayoffs = new double[outputs];
      this.mirrorControls = new double[outputs];
    }

    @Override
    public void sample(double[] normals, double weight) {
      int outputs = payoffs.length;
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
  }
}
