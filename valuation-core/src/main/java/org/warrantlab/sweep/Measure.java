package org.warrantlab.sweep;

import java.util.Optional;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.TrancheValuation;
import org.warrantlab.result.Estimate;

/**
 * The figure a study follows across valuations: the book's total fair value, or one tranche's value
 * per warrant.
 *
 * @param tranche the tranche's id, or empty for the book's total
 */
public record Measure(Optional<String> tranche) {

  public static final Measure TOTAL = new Measure(Optional.empty());

  public static Measure perWarrant(String trancheId) {
    return new Measure(Optional.of(trancheId));
  }

  /** The figure in {@code valuation}; fails naming the tranche when the book has none of that id. */
  public Estimate of(BookValuation valuation) {
    if (tranche.isEmpty()) {
      return valuation.total();
    }
    return valuation.tranches().stream().filter(t -> t.warrant().warrant().id().equals(tranche.get()))
        .map(TrancheValuation::perWarrant).findFirst()
        .orElseThrow(() -> new InvalidValueException("tranche", "\"" + tranche.get() + "\" is not in the book"));
  }

  /** E.g. "Total fair value" or "Fair value per warrant, 2008-09". */
  public String label() {
    return tranche.map(id -> "Fair value per warrant, " + id).orElse("Total fair value");
  }
}
