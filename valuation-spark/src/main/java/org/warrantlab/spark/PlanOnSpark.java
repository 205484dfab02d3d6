package org.warrantlab.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.warrantlab.montecarlo.BlockedRun;
import org.warrantlab.montecarlo.SimulationPlan;

/**
 * Simulates the blocks of a plan as Spark tasks, each run cut into up to {@code slices} consecutive ranges of
 * blocks, one range a partition. The driver collects the statistics in partition order, which is run by run
 * in block order, checks that order, and merges them with the plan's own merge: the local result bit for bit.
 */
final class PlanOnSpark {

  private PlanOnSpark() {
  }

  static <T> T execute(JavaSparkContext spark, PlanRecipe recipe, SimulationPlan<T> plan, int slices) {
    List<BlockRange> ranges = ranges(plan, slices);
    List<BlockFigures> figures = spark.parallelize(ranges, ranges.size()).mapPartitions(new SimulateBlocks(recipe))
        .collect();
    Iterator<BlockFigures> collected = figures.iterator();
    List<List<double[]>> statistics = new ArrayList<>(plan.runs().size());
    for (int r = 0; r < plan.runs().size(); r++) {
      int blocks = plan.runs().get(r).blocks();
      List<double[]> run = new ArrayList<>(blocks);
      for (int block = 0; block < blocks; block++) {
        if (!collected.hasNext()) {
          throw new IllegalStateException("block " + block + " of run " + r + " did not come back");
        }
        BlockFigures next = collected.next();
        if (next.run() != r || next.block() != block) {
          throw new IllegalStateException("block " + block + " of run " + r + " came back as block "
              + next.block() + " of run " + next.run());
        }
        run.add(next.statistics());
      }
      statistics.add(run);
    }
    if (collected.hasNext()) {
      throw new IllegalStateException(figures.size() + " blocks came back, more than the plan has");
    }
    return plan.merge(statistics);
  }

  /** Each run's blocks cut into up to {@code slices} consecutive ranges of sizes that differ by one at most. */
  static List<BlockRange> ranges(SimulationPlan<?> plan, int slices) {
    List<BlockRange> ranges = new ArrayList<>();
    for (int r = 0; r < plan.runs().size(); r++) {
      BlockedRun run = plan.runs().get(r);
      int pieces = Math.max(1, Math.min(slices, run.blocks()));
      for (int p = 0; p < pieces; p++) {
        int from = (int) ((long) run.blocks() * p / pieces);
        int to = (int) ((long) run.blocks() * (p + 1) / pieces);
        ranges.add(new BlockRange(r, from, to));
      }
    }
    return ranges;
  }
}
