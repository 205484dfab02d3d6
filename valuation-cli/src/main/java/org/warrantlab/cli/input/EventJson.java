package org.warrantlab.cli.input;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.warrantlab.accounting.Amendment;
import org.warrantlab.accounting.AntiDilutionAdjustment;
import org.warrantlab.accounting.BookEvent;
import org.warrantlab.accounting.Exercise;
import org.warrantlab.accounting.Expiration;
import org.warrantlab.accounting.Issuance;
import org.warrantlab.accounting.MeasuredEvent;
import org.warrantlab.accounting.TermsChange;
import org.warrantlab.event.Financing;

/** A booked event written back as an entry of a period's {@code events}, in the shape {@link EventReader} reads. */
public final class EventJson {

  private EventJson() {
  }

  /**
   * The event's entry; its {@code financings} are written only where they differ from {@code periodFinancings},
   * the period's assumptions it would otherwise take.
   */
  public static ObjectNode event(BookEvent event, List<Financing> periodFinancings) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("type", type(event).name());
    node.put("tranche", event.trancheId());
    node.put("date", event.date().toString());
    if (event instanceof Exercise exercise) {
      node.put("count", exercise.count());
    } else if (event instanceof Expiration expiration) {
      node.put("spot", expiration.spot());
    } else if (event instanceof Amendment amendment) {
      change(node, amendment.change());
    } else if (event instanceof AntiDilutionAdjustment adjustment) {
      change(node, adjustment.change());
    }
    if (event instanceof MeasuredEvent measured) {
      node.set("market", AssumptionsJson.market(measured.inputs().market()));
      if (!measured.inputs().financings().equals(periodFinancings)) {
        node.set("financings", AssumptionsJson.financings(measured.inputs().financings()));
      }
    }
    return node;
  }

  static EventReader.EventType type(BookEvent event) {
    if (event instanceof Issuance) {
      return EventReader.EventType.ISSUANCE;
    } else if (event instanceof Exercise) {
      return EventReader.EventType.EXERCISE;
    } else if (event instanceof Expiration) {
      return EventReader.EventType.EXPIRATION;
    } else if (event instanceof Amendment) {
      return EventReader.EventType.AMENDMENT;
    } else if (event instanceof AntiDilutionAdjustment) {
      return EventReader.EventType.ANTI_DILUTION_ADJUSTMENT;
    }
    throw new IllegalStateException("unknown event " + event);
  }

  private static void change(ObjectNode node, TermsChange change) {
    change.exercisePrice().ifPresent(price -> node.put("exercisePrice", price));
    change.sharesPerWarrant().ifPresent(shares -> node.put("sharesPerWarrant", shares));
    change.expiryDate().ifPresent(date -> node.put("expiryDate", date.toString()));
    change.antiDilution().ifPresent(clause -> node.set("antiDilution", TermsJson.clause(clause)));
  }
}
