package org.warrantlab.montecarlo;

import org.warrantlab.process.NormalLayout;

/**
 * Where the normals of a run come from: consecutive samples cut into blocks, each block drawn from a
 * stream that depends on the run's seed and the block alone, so that a block gives the same normals
 * whichever thread draws it. {@link MonteCarloEngine#forEachBlock} is the loop that reads them.
 */
public sealed interface NormalStreams permits PseudoRandomStreams, QuasiRandomNormals {

  /** Samples per block; the last block may have fewer. */
  int blockSize();

  /** Samples in all the blocks together. */
  long samples();

  /** Normals per sample. */
  int dimension();

  /** The normals of block {@code block} from its first sample on, for one thread. */
  BlockNormals open(int block);

  default int blocks() {
    return Math.toIntExact((samples() + blockSize() - 1) / blockSize());
  }

  /** Samples in block {@code block}. */
  default int samplesIn(int block) {
    return (int) Math.min(blockSize(), samples() - (long) block * blockSize());
  }

  /**
   * The normals of sample {@code sample}: replayed from the start of its block, so exactly those a run
   * over these streams gives it.
   */
  default double[] normalsOf(long sample) {
    int block = Math.toIntExact(sample / blockSize());
    double[] normals = new double[dimension()];
    try (BlockNormals stream = open(block)) {
      for (long s = (long) block * blockSize(); s <= sample; s++) {
        stream.next(normals);
      }
    }
    return normals;
  }

  /**
   * Independent Xoshiro256PlusPlus normals, block {@code b} from the generator of (seed, b), in blocks of
   * {@link MonteCarloEngine#BLOCK_SIZE}.
   */
  static NormalStreams pseudoRandom(long seed, long samples, int dimension) {
    return new PseudoRandomStreams(seed, samples, dimension);
  }

  /**
   * The coordinates of each Sobol point of a randomised Sobol run whose normals are laid out as
   * {@code layout}; its other normals are pseudo-random.
   */
  static int sobolCoordinates(NormalLayout layout) {
    return QuasiRandomNormals.coordinates(layout);
  }

  /** The consecutive samples of one block, for one thread. */
  interface BlockNormals extends AutoCloseable {

    /**
     * Writes the next sample's normals into {@code normals} and returns the likelihood weight its payoffs
     * are multiplied by (1 unless the sample is drawn from another distribution than the payoff's).
     */
    double next(double[] normals);

    /** Hands back what the stream borrowed; the stream is not used afterwards. */
    @Override
    default void close() {
    }
  }
}
