package org.warrantlab.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.warrantlab.accounting.Amendment;
import org.warrantlab.accounting.AntiDilutionAdjustment;
import org.warrantlab.accounting.BookEvent;
import org.warrantlab.accounting.Exercise;
import org.warrantlab.accounting.Expiration;
import org.warrantlab.accounting.Issuance;
import org.warrantlab.accounting.RecordedEvent;
import org.warrantlab.instrument.Warrant;

/** Booked events in words. */
final class EventText {

  private EventText() {
  }

  /** E.g. "Exercise" or "Anti-dilution adjustment". */
  static String kind(BookEvent event) {
    if (event instanceof Issuance) {
      return "Issuance";
    } else if (event instanceof Exercise) {
      return "Exercise";
    } else if (event instanceof Expiration) {
      return "Expiration";
    } else if (event instanceof Amendment) {
      return "Amendment";
    } else if (event instanceof AntiDilutionAdjustment) {
      return "Anti-dilution adjustment";
    }
    throw new IllegalStateException("unknown event " + event);
  }

  /** The terms concerned: the new terms of an issue, the changed terms of an amendment, else the price. */
  static String terms(RecordedEvent recorded) {
    if (recorded.termsBefore().isEmpty()) {
      Warrant issued = recorded.termsAfter().orElseThrow();
      return "X " + Amounts.price(issued.exercisePrice()) + " to " + issued.expiryDate();
    }
    Warrant before = recorded.termsBefore().get();
    if (recorded.event() instanceof Expiration expiration) {
      return "X " + Amounts.price(before.exercisePrice()) + ", spot " + Amounts.price(expiration.spot());
    }
    if (recorded.termsAfter().isEmpty() || recorded.event() instanceof Exercise) {
      return "X " + Amounts.price(before.exercisePrice());
    }
    return changes(before, recorded.termsAfter().get());
  }

  private static String changes(Warrant before, Warrant after) {
    List<String> changes = new ArrayList<>();
    if (before.exercisePrice() != after.exercisePrice()) {
      changes.add("X " + Amounts.price(before.exercisePrice()) + " → " + Amounts.price(after.exercisePrice()));
    }
    if (before.sharesPerWarrant() != after.sharesPerWarrant()) {
      changes.add(String.format(Locale.US, "shares/warrant %.4f → %.4f", before.sharesPerWarrant(),
          after.sharesPerWarrant()));
    }
    if (!before.expiryDate().equals(after.expiryDate())) {
      changes.add("expiry " + before.expiryDate() + " → " + after.expiryDate());
    }
    if (!before.antiDilution().equals(after.antiDilution())) {
      changes.add("clause: " + TermsText.protection(after));
    }
    return changes.isEmpty() ? "no change" : String.join("; ", changes);
  }
}
