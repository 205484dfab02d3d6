package org.warrantlab.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.warrantlab.montecarlo.BlockedRun;
import org.warrantlab.montecarlo.SimulationPlan;

/**
 * A task: rebuilds the command's simulation plan once and simulates the block ranges of its partition, one
 * block after another on the task's core, returning each block's statistics in block order.
 */
final class SimulateBlocks implements FlatMapFunction<Iterator<BlockRange>, BlockFigures> {

  private static final long serialVersionUID = 1L;

  private final PlanRecipe recipe;

  SimulateBlocks(PlanRecipe recipe) {
    this.recipe = recipe;
  }

  @Override
  public Iterator<BlockFigures> call(Iterator<BlockRange> ranges) {
    List<BlockFigures> figures = new ArrayList<>();
    List<BlockedRun> runs = List.of();
    while (ranges.hasNext()) {
      if (runs.isEmpty()) {
        SimulationPlan<?> plan = recipe.plan();
        runs = plan.runs();
      }
      BlockRange range = ranges.next();
      BlockedRun run = runs.get(range.run());
      for (int block = range.from(); block < range.to(); block++) {
        figures.add(new BlockFigures(range.run(), block, run.blockStatistics(block)));
      }
    }
    return figures.iterator();
  }
}
