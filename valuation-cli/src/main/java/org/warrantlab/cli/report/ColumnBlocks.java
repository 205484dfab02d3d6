package org.warrantlab.cli.report;

import java.util.ArrayList;
import java.util.List;

/**
 * How a plain-text table too wide for its room is split into blocks of columns printed one under the other: every
 * block repeats the key columns that name the rows, groups of columns stay together, and the fewest blocks are made
 * as even in width as they can be, so the last columns (a total) close the last block.
 */
final class ColumnBlocks {

  private static final int GAP = 2;

  private ColumnBlocks() {
  }

  /**
   * @param widths each column's width
   * @param keyColumns how many leading columns every block repeats
   * @param groups the other columns, in order, in runs that stay in one block
   * @param room the columns a line may take (unbounded when zero or less)
   */
  static List<List<Integer>> of(int[] widths, int keyColumns, List<List<Integer>> groups, int room) {
    int keys = -GAP;
    for (int i = 0; i < keyColumns; i++) {
      keys += widths[i] + GAP;
    }
    List<List<Integer>> widest = pack(widths, keyColumns, keys, groups, room);
    if (room <= 0 || widest.size() == 1) {
      return widest;
    }
    int others = groups.stream().flatMap(List::stream).mapToInt(i -> widths[i] + GAP).sum();
    for (int target = keys + others / widest.size(); target < room; target++) {
      List<List<Integer>> even = pack(widths, keyColumns, keys, groups, target);
      if (even.size() <= widest.size()) {
        return even;
      }
    }
    return widest;
  }

  /** Greedily: each block takes groups while they fit {@code room}; a block holds at least one group. */
  private static List<List<Integer>> pack(int[] widths, int keyColumns, int keys, List<List<Integer>> groups,
      int room) {
    List<Integer> keyList = new ArrayList<>();
    for (int i = 0; i < keyColumns; i++) {
      keyList.add(i);
    }
    List<List<Integer>> blocks = new ArrayList<>();
    List<Integer> current = new ArrayList<>(keyList);
    int used = keys;
    for (List<Integer> group : groups) {
      int needed = group.stream().mapToInt(i -> widths[i] + GAP).sum();
      if (room > 0 && current.size() > keyColumns && used + needed > room) {
        blocks.add(current);
        current = new ArrayList<>(keyList);
        used = keys;
      }
      current.addAll(group);
      used += needed;
    }
    blocks.add(current);
    return blocks;
  }
}
