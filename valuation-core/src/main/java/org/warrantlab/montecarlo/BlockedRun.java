package org.warrantlab.montecarlo;

import java.util.List;

/**
 * One run cut into its blocks. A block's statistics are plain numbers that depend on the run and the block
 * alone, so any thread or machine may compute them; merging them in block order gives the run's result bit
 * for bit. {@link MonteCarloEngine#run} is this on the local threads.
 */
public sealed interface BlockedRun permits PseudoRandomRun, QuasiMonteCarloRun {

  /** Blocks in the run. */
  int blocks();

  /** Simulates block {@code block} and returns its statistics. */
  double[] blockStatistics(int block);

  /** The run's result from the statistics of every block, in block order. */
  SimulationResult merge(List<double[]> byBlock);

  /** Checks that {@code byBlock} has one statistics per block. */
  default void checkBlocks(List<double[]> byBlock) {
    if (byBlock.size() != blocks()) {
      throw new IllegalArgumentException("expected the statistics of " + blocks() + " blocks but got "
          + byBlock.size());
    }
  }
}
