package org.warrantlab.random;

import java.util.random.RandomGenerator;

/**
 * Reproducible random streams of randomised quasi-Monte Carlo: replicate {@code r} of a run seeded with
 * {@code s} draws its shift from one stream, and block {@code b} of that replicate the normals of the
 * dimensions past the Sobol limit from another. Both are Xoshiro256PlusPlus generators seeded, like
 * {@link BlockRandom}'s, by SplitMix64 mixing, from a seed salted apart from the pseudo-random blocks'.
 */
public final class ReplicateRandom {

  private static final long SHIFT_SALT = 0x536F626F6C536869L;
  private static final long PADDING_SALT = 0x536F626F6C506164L;

  private ReplicateRandom() {
  }

  /** The stream from which replicate {@code replicate}'s shift is drawn. */
  public static RandomGenerator forShift(long seed, int replicate) {
    return BlockRandom.forBlock(BlockRandom.blockSeed(seed, SHIFT_SALT), replicate);
  }

  /** The stream of block {@code block} of replicate {@code replicate}, for dimensions past the Sobol limit. */
  public static RandomGenerator forPadding(long seed, int replicate, long block) {
    return BlockRandom.forBlock(BlockRandom.blockSeed(BlockRandom.blockSeed(seed, PADDING_SALT), replicate), block);
  }
}
