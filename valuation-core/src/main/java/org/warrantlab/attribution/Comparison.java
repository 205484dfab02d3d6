package org.warrantlab.attribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warrantlab.accounting.Money;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.MonteCarloWarrantPricer;
import org.warrantlab.pricer.TrancheValuation;
import org.warrantlab.scenario.ValuationInputs;

/**
 * Two valuations of one book (last quarter's and this quarter's, a client's and a reviewer's), each
 * valued as it stands, and their difference split by input on the first one's simulation settings.
 *
 * @param first the first valuation
 * @param second the second valuation
 * @param identical whether the two have the same inputs, so that they cannot differ
 * @param attribution the difference, second less first, by input
 */
public record Comparison(BookValuation first, BookValuation second, boolean identical, Attribution attribution) {

  /** Values {@code first} and {@code second} and splits their difference in {@code order}. */
  public static Comparison of(ValuationInputs first, ValuationInputs second, AttributionOrder order) {
    List<String> ids = ids(first);
    if (!ids.equals(ids(second))) {
      throw new InvalidValueException("warrants", "differ in their tranches (" + ids + " and " + ids(second)
          + "): a comparison needs the same book, tranche by tranche in the same order");
    }
    BookValuation a = value(first);
    boolean identical = first.equals(second);
    BookValuation b = identical ? a : value(second);
    Bridge bridge = new Bridge(ids, Optional.empty(), first, second, booked(a), Map.of(), booked(b));
    Attribution attribution = identical ? unchanged(ids, order) : Attributor.DEFAULT.attribute(bridge, order);
    return new Comparison(a, b, identical, attribution);
  }

  /** Each tranche's booked value in the second valuation less the first. */
  public Map<String, BigDecimal> differences() {
    Map<String, BigDecimal> differences = new HashMap<>();
    Map<String, BigDecimal> before = booked(first);
    booked(second).forEach((id, value) -> differences.put(id, value.subtract(before.get(id))));
    return differences;
  }

  private static BookValuation value(ValuationInputs inputs) {
    return MonteCarloWarrantPricer.DEFAULT.value(inputs.book(), inputs.financings(), inputs.market(),
        inputs.settings());
  }

  /** Each tranche's fair value rounded to the cent. */
  public static Map<String, BigDecimal> booked(BookValuation valuation) {
    Map<String, BigDecimal> values = new HashMap<>();
    for (TrancheValuation tranche : valuation.tranches()) {
      values.put(tranche.warrant().warrant().id(), Money.ofDollars(tranche.fairValue().value()));
    }
    return values;
  }

  private static Attribution unchanged(List<String> ids, AttributionOrder order) {
    List<TrancheAttribution> tranches = new ArrayList<>();
    ids.forEach(id -> tranches.add(new TrancheAttribution(id, Attributor.zeros(false, order))));
    return new Attribution(order, tranches, new TrancheAttribution("total", Attributor.zeros(false, order)));
  }

  private static List<String> ids(ValuationInputs inputs) {
    return inputs.warrants().stream().map(Warrant::id).toList();
  }
}
