package org.warrantlab.attribution;

import java.math.BigDecimal;
import java.util.List;
import org.warrantlab.accounting.Money;
import org.warrantlab.check.Checks;

/**
 * The change in a tranche's fair value (or the book's, under the id of the total) split into steps.
 *
 * @param trancheId the tranche
 * @param steps the lines, events first, sampling last
 */
public record TrancheAttribution(String trancheId, List<Step> steps) {

  public TrancheAttribution {
    Checks.notNull(trancheId, "trancheId");
    steps = List.copyOf(steps);
  }

  /** The sum of the steps: exactly the change explained. */
  public BigDecimal change() {
    return steps.stream().map(Step::amount).reduce(Money.zero(), BigDecimal::add);
  }

  /** The step of {@code factor}. */
  public Step step(Factor factor) {
    return steps.stream().filter(step -> step.factor() == factor).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no " + factor + " line"));
  }
}
