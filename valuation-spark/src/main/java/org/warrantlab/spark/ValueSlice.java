package org.warrantlab.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.warrantlab.sweep.ValuationCase;

/**
 * A task: values the cases of one partition, each on one thread (Spark gives a task one core), and returns
 * their figures in the partition's order.
 */
final class ValueSlice implements FlatMapFunction<Iterator<Integer>, CaseFigures> {

  private static final long serialVersionUID = 1L;

  private final StudyRecipe recipe;

  ValueSlice(StudyRecipe recipe) {
    this.recipe = recipe;
  }

  @Override
  public Iterator<CaseFigures> call(Iterator<Integer> indices) {
    List<CaseFigures> figures = new ArrayList<>();
    List<ValuationCase> cases = List.of();
    while (indices.hasNext()) {
      if (cases.isEmpty()) {
        cases = recipe.cases();
      }
      int index = indices.next();
      ValuationCase c = cases.get(index);
      figures.add(CaseFigures.of(index, c.withSettings(c.settings().withThreads(1)).value()));
    }
    return figures.iterator();
  }
}
