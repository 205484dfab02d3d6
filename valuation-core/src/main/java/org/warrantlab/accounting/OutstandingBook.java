package org.warrantlab.accounting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warrantlab.instrument.Warrant;

/** The tranches outstanding as the roll-forward moves through time, on their current terms. */
final class OutstandingBook {

  private final Map<String, Warrant> planned = new LinkedHashMap<>();
  private final Map<String, Warrant> outstanding = new LinkedHashMap<>();
  private final Set<String> issued = new HashSet<>();

  OutstandingBook(List<Warrant> tranches) {
    tranches.forEach(tranche -> planned.put(tranche.id(), tranche));
  }

  /** The tranche as the plan first lists it, on its original terms. */
  Warrant planned(String trancheId) {
    return planned.get(trancheId);
  }

  boolean wasIssued(String trancheId) {
    return issued.contains(trancheId);
  }

  /** Adds a tranche on its original terms. */
  void issue(String trancheId) {
    issued.add(trancheId);
    outstanding.put(trancheId, planned.get(trancheId));
  }

  Optional<Warrant> get(String trancheId) {
    return Optional.ofNullable(outstanding.get(trancheId));
  }

  /** Replaces a tranche's terms or count. */
  void put(Warrant terms) {
    outstanding.put(terms.id(), terms);
  }

  void remove(String trancheId) {
    outstanding.remove(trancheId);
  }

  /** The outstanding tranches in the order the plan lists them. */
  List<Warrant> outstanding() {
    List<Warrant> inOrder = new ArrayList<>();
    for (String id : planned.keySet()) {
      get(id).ifPresent(inOrder::add);
    }
    return inOrder;
  }

  /**
   * The book an event of tranche {@code trancheId} on {@code date} is measured in: that tranche and the
   * other outstanding tranches not expired before the date, in the plan's order. Another tranche past its
   * expiry whose expiration is not recorded yet is left out; the reporting date refuses it.
   */
  List<Warrant> bookOfEvent(String trancheId, LocalDate date) {
    return outstanding().stream()
        .filter(tranche -> tranche.id().equals(trancheId) || !tranche.expiryDate().isBefore(date)).toList();
  }

  /** Every tranche id of the plan, in its order. */
  List<String> order() {
    return List.copyOf(planned.keySet());
  }
}
