package org.warrantlab.attribution;

import java.util.List;
import org.warrantlab.check.Checks;

/**
 * A change in fair value split by input, per tranche and for the book.
 *
 * @param order how it was split
 * @param tranches each tranche's split, in the order of the book
 * @param total the book's split: per line, the sum of the tranches' amounts
 */
public record Attribution(AttributionOrder order, List<TrancheAttribution> tranches, TrancheAttribution total) {

  public Attribution {
    Checks.notNull(order, "order");
    tranches = List.copyOf(tranches);
    Checks.notNull(total, "total");
  }
}
