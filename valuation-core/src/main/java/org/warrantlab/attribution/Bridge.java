package org.warrantlab.attribution;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warrantlab.accounting.Money;
import org.warrantlab.check.Checks;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.scenario.ValuationInputs;

/**
 * What an attribution explains: the booked opening and closing values of each tranche, the amounts booked
 * for events in between, and the inputs substituted from {@code start} to {@code end}.
 *
 * @param tranches every tranche with a value at either end, in the order of the book
 * @param beforeEvents the opening inputs with the opening book, where events changed the book since
 * @param start the opening inputs with the book after the events (a tranche issued since dated no later
 *     than the opening)
 * @param end the closing inputs with the closing book, the tranches as in {@code start}
 * @param opening each tranche's booked opening value (absent: zero)
 * @param events each tranche's amounts booked on event lines (absent: zero)
 * @param closing each tranche's booked closing value (absent: zero)
 */
public record Bridge(List<String> tranches, Optional<ValuationInputs> beforeEvents, ValuationInputs start,
    ValuationInputs end, Map<String, BigDecimal> opening, Map<String, BigDecimal> events,
    Map<String, BigDecimal> closing) {

  public Bridge {
    tranches = List.copyOf(tranches);
    Checks.notNull(beforeEvents, "beforeEvents");
    Checks.notNull(start, "start");
    Checks.notNull(end, "end");
    opening = Map.copyOf(opening);
    events = Map.copyOf(events);
    closing = Map.copyOf(closing);
    if (!ids(start.warrants()).equals(ids(end.warrants()))) {
      throw new IllegalArgumentException("the start and end books differ: " + ids(start.warrants()) + " and "
          + ids(end.warrants()));
    }
  }

  /** The booked change of {@code trancheId} that the substitution explains: closing, less opening and events. */
  public BigDecimal change(String trancheId) {
    return closing(trancheId).subtract(opening(trancheId)).subtract(events(trancheId));
  }

  BigDecimal opening(String trancheId) {
    return opening.getOrDefault(trancheId, Money.zero());
  }

  BigDecimal events(String trancheId) {
    return events.getOrDefault(trancheId, Money.zero());
  }

  BigDecimal closing(String trancheId) {
    return closing.getOrDefault(trancheId, Money.zero());
  }

  private static List<String> ids(List<Warrant> warrants) {
    return warrants.stream().map(Warrant::id).toList();
  }
}
