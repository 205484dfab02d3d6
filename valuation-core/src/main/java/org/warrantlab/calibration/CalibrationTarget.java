package org.warrantlab.calibration;

import java.util.List;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.TrancheValuation;
import org.warrantlab.result.Estimate;

/**
 * The figure a calibration matches to the price: the whole book, or some of its tranches, per warrant
 * (one warrant of each named tranche, as a unit holds them) or in total.
 *
 * @param tranches the ids of the tranches, or empty for the whole book
 * @param basis per warrant or in total
 */
public record CalibrationTarget(List<String> tranches, Basis basis) {

  /** Whether the price is of one warrant (of each tranche) or of all the warrants. */
  public enum Basis { PER_WARRANT, TOTAL }

  public CalibrationTarget {
    tranches = List.copyOf(Checks.notNull(tranches, "tranches"));
    Checks.notNull(basis, "basis");
    if (tranches.isEmpty() && basis == Basis.PER_WARRANT) {
      throw new InvalidValueException("basis", "per warrant needs the tranches it is of; the whole book has"
          + " only a total");
    }
    if (tranches.stream().distinct().count() != tranches.size()) {
      throw new InvalidValueException("tranches", "name a tranche more than once: " + tranches);
    }
  }

  /** The total fair value of the book. */
  public static CalibrationTarget book() {
    return new CalibrationTarget(List.of(), Basis.TOTAL);
  }

  /** The value of one warrant of the tranche {@code id}. */
  public static CalibrationTarget perWarrant(String id) {
    return new CalibrationTarget(List.of(id), Basis.PER_WARRANT);
  }

  /**
   * The figure in {@code valuation}: a tranche with an exact (Black–Scholes) value counts at it, so that a
   * plain tranche calibrates as exactly as its formula allows. For several tranches the standard error is the sum of theirs, an upper
   * bound that holds however the tranches' values on shared paths are correlated.
   */
  public Estimate of(BookValuation valuation) {
    if (tranches.isEmpty()) {
      return valuation.total();
    }
    List<Estimate> figures = tranches.stream().map(id -> figureOf(valuation, id)).toList();
    if (figures.size() == 1) {
      return figures.get(0);
    }
    return new Estimate(figures.stream().mapToDouble(Estimate::value).sum(),
        figures.stream().mapToDouble(Estimate::standardError).sum(),
        figures.stream().mapToLong(Estimate::samples).min().orElseThrow(), figures.get(0).degreesOfFreedom());
  }

  private Estimate figureOf(BookValuation valuation, String id) {
    TrancheValuation tranche = valuation.tranches().stream().filter(t -> t.warrant().warrant().id().equals(id))
        .findFirst().orElseThrow(() -> new InvalidValueException("tranche", "\"" + id + "\" is not in the book"));
    Estimate perWarrant = tranche.closedFormPerWarrant().isPresent()
        ? Estimate.exact(tranche.closedFormPerWarrant().getAsDouble()) : tranche.perWarrant();
    return basis == Basis.PER_WARRANT ? perWarrant : perWarrant.times(tranche.warrant().warrant().count());
  }

  /** E.g. "total fair value of the book", "fair value per warrant of 2009-05", "total fair value of A, B". */
  public String label() {
    if (tranches.isEmpty()) {
      return "total fair value of the book";
    }
    String of = String.join(" + ", tranches);
    return basis == Basis.PER_WARRANT ? "fair value per warrant of " + of : "total fair value of " + of;
  }
}
