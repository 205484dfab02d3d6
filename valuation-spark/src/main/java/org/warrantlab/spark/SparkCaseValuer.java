package org.warrantlab.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.warrantlab.cli.CaseValuer;
import org.warrantlab.montecarlo.SimulationPlan;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.sweep.Progress;
import org.warrantlab.sweep.ValuationCase;

/**
 * Values a study's cases as Spark tasks, consecutive cases to a partition, and a plan's blocks as tasks
 * ({@link PlanOnSpark}): a value's or Greeks' one plan, or each trial of a calibration as a job of its own. Tasks return figures only; the driver collects them in partition order, which is
 * case (or block) order, and puts each back on its own case (or merges them in block order), so the report is
 * the local command's byte for byte. No reduction whose order Spark chooses is used.
 */
final class SparkCaseValuer implements CaseValuer {

  private final JavaSparkContext spark;
  private final StudyRecipe recipe;
  private final OptionalInt partitions;

  /**
   * @param partitions partitions to cut the cases into; empty for Spark's default parallelism
   */
  SparkCaseValuer(JavaSparkContext spark, StudyRecipe recipe, OptionalInt partitions) {
    this.spark = spark;
    this.recipe = recipe;
    this.partitions = partitions;
  }

  @Override
  public List<BookValuation> value(List<ValuationCase> cases, int threads, Progress progress) {
    int slices = Math.max(1, Math.min(cases.size(), slices()));
    List<Integer> indices = IntStream.range(0, cases.size()).boxed().toList();
    List<CaseFigures> figures = spark.parallelize(indices, slices).mapPartitions(new ValueSlice(recipe)).collect();
    if (figures.size() != cases.size()) {
      throw new IllegalStateException(cases.size() + " cases were sent but " + figures.size() + " came back");
    }
    int threadsPerCase = Math.max(1, threads / Math.max(1, Math.min(threads, cases.size())));
    List<BookValuation> values = new ArrayList<>(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      CaseFigures valued = figures.get(i);
      if (valued.index() != i) {
        throw new IllegalStateException("case " + i + " came back as case " + valued.index());
      }
      ValuationCase c = cases.get(i);
      values.add(valued.on(c.withSettings(c.settings().withThreads(threadsPerCase))));
      progress.valuationDone();
    }
    return values;
  }

  @Override
  public <T> T execute(SimulationPlan<T> plan, int threads) {
    return PlanOnSpark.execute(spark, recipe, plan, slices());
  }

  /** One Spark job per trial, its tasks rebuilding the trial at {@code at} on the calibration's seed. */
  @Override
  public BookValuation trial(SimulationPlan<BookValuation> plan, double at, int threads) {
    return PlanOnSpark.execute(spark, recipe.trial(at), plan, slices());
  }

  /** Partitions to cut the work into: {@code --partitions}, else Spark's default parallelism. */
  private int slices() {
    return partitions.orElse(spark.defaultParallelism());
  }
}
