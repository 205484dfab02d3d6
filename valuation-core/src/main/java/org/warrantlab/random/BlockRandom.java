package org.warrantlab.random;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Reproducible random streams for block-parallel simulation: block {@code b} of a run seeded with
 * {@code s} always gets the same Xoshiro256PlusPlus generator, whichever thread simulates it, so the
 * result does not depend on the thread count.
 */
public final class BlockRandom {

  private static final RandomGeneratorFactory<RandomGenerator> XOSHIRO =
      RandomGeneratorFactory.of("Xoshiro256PlusPlus");

  private BlockRandom() {
  }

  /** The generator for block {@code blockIndex} of a run seeded with {@code seed}. */
  public static RandomGenerator forBlock(long seed, long blockIndex) {
    return XOSHIRO.create(blockSeed(seed, blockIndex));
  }

  /**
   * A 64-bit seed mixed from (seed, block index) with the SplitMix64 finaliser, so that neighbouring
   * blocks and neighbouring seeds get unrelated streams.
   */
  static long blockSeed(long seed, long blockIndex) {
    long z = mix64(seed) + 0x9E3779B97F4A7C15L * (blockIndex + 1);
    return mix64(z);
  }

  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
