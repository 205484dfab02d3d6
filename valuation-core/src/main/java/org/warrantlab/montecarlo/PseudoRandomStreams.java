package org.warrantlab.montecarlo;

import java.util.random.RandomGenerator;
import org.warrantlab.random.BlockRandom;

/**
 * Pseudo-random normal streams: block {@code b} of the samples draws from {@link BlockRandom#forBlock}
 * of (seed, b), the normals of each sample in turn.
 *
 * @param seed the run's seed (Longstaff–Schwartz salts it, so that its paths are not the pricing paths)
 * @param samples samples in all blocks
 * @param dimension normals per sample
 */
record PseudoRandomStreams(long seed, long samples, int dimension) implements NormalStreams {

  @Override
  public int blockSize() {
    return MonteCarloEngine.BLOCK_SIZE;
  }

  @Override
  public BlockNormals open(int block) {
    RandomGenerator random = BlockRandom.forBlock(seed, block);
    return normals -> {
      for (int d = 0; d < dimension; d++) {
        normals[d] = random.nextGaussian();
      }
      return 1;
    };
  }
}
