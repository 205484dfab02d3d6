package org.warrantlab.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BlockRandomTest {

  @Test
  void sameSeedAndBlockGiveTheSameStream() {
    RandomGenerator a = BlockRandom.forBlock(42, 7);
    RandomGenerator b = BlockRandom.forBlock(42, 7);
    for (int i = 0; i < 100; i++) {
      assertEquals(a.nextLong(), b.nextLong());
    }
  }

  @Test
  void neighbouringBlocksAndSeedsGetDifferentStreams() {
    long first = BlockRandom.forBlock(42, 0).nextLong();
    assertNotEquals(first, BlockRandom.forBlock(42, 1).nextLong());
    assertNotEquals(first, BlockRandom.forBlock(43, 0).nextLong());
    assertNotEquals(BlockRandom.blockSeed(1, 0), BlockRandom.blockSeed(0, 1));
  }
}
