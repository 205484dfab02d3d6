package org.warrantlab.cli.input;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.warrantlab.event.PriceReference;
import org.warrantlab.event.PriceRule;
import org.warrantlab.instrument.AntiDilution;
import org.warrantlab.instrument.FullRatchet;
import org.warrantlab.instrument.NoAntiDilution;
import org.warrantlab.instrument.ResetLimits;
import org.warrantlab.instrument.ScheduledReset;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.instrument.WeightedAverage;

/**
 * A tranche's terms written back in the input's own shape ({@link WarrantReader}, {@link ClauseReader},
 * {@link PriceRuleReader} read them), so that a report's echo can be fed back as an input.
 */
public final class TermsJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TermsJson() {
  }

  /** An entry of a {@code warrants} array. */
  public static ObjectNode warrant(Warrant warrant) {
    ObjectNode node = NODES.objectNode();
    node.put("id", warrant.id());
    node.put("count", warrant.count());
    node.put("sharesPerWarrant", warrant.sharesPerWarrant());
    node.put("exercisePrice", warrant.exercisePrice());
    node.put("issueDate", warrant.issueDate().toString());
    node.put("expiryDate", warrant.expiryDate().toString());
    node.put("exerciseStyle", warrant.exerciseStyle().name());
    if (!warrant.exerciseDates().isEmpty()) {
      ArrayNode dates = node.putArray("exerciseDates");
      warrant.exerciseDates().forEach(date -> dates.add(date.toString()));
    }
    node.put("dilution", warrant.dilution().name());
    node.set("antiDilution", clause(warrant.antiDilution()));
    if (!warrant.scheduledResets().isEmpty()) {
      node.set("scheduledResets", scheduledResets(warrant));
    }
    ContingencyJson.redemptions(node, warrant);
    return node;
  }

  /** An {@code antiDilution} object: its type, the basis of a weighted average, and the limits stated. */
  public static ObjectNode clause(AntiDilution clause) {
    ObjectNode node = NODES.objectNode();
    if (clause instanceof NoAntiDilution) {
      node.put("type", ClauseReader.ClauseType.NONE.name());
      return node;
    }
    if (clause instanceof FullRatchet) {
      node.put("type", ClauseReader.ClauseType.FULL_RATCHET.name());
    } else if (clause instanceof WeightedAverage average) {
      node.put("type", ClauseReader.ClauseType.WEIGHTED_AVERAGE.name());
      node.put("basis", average.basis().name());
    }
    ResetLimits limits = clause.limits();
    node.put("floor", limits.floor());
    node.put("adjustShares", limits.adjustShares());
    if (limits.maxResets() != Integer.MAX_VALUE) {
      node.put("maxResets", limits.maxResets());
    }
    if (limits.protectionStart() != null) {
      node.put("protectionStart", limits.protectionStart().toString());
    }
    if (limits.protectionEnd() != null) {
      node.put("protectionEnd", limits.protectionEnd().toString());
    }
    return node;
  }

  /** The {@code scheduledResets} array of a tranche. */
  public static ArrayNode scheduledResets(Warrant warrant) {
    ArrayNode resets = NODES.arrayNode();
    for (ScheduledReset reset : warrant.scheduledResets()) {
      ObjectNode node = resets.addObject();
      node.put("date", reset.date().toString());
      price(node, reset.price());
      node.put("adjustShares", reset.adjustShares());
    }
    return resets;
  }

  /** Adds a price measure's {@code priceReference} and its {@code price} or {@code vwapDays} to {@code node}. */
  static void price(ObjectNode node, PriceRule rule) {
    node.put("priceReference", rule.reference().name());
    if (rule.reference() == PriceReference.FIXED) {
      node.put("price", rule.fixedPrice());
    }
    if (rule.readsVwap()) {
      node.put("vwapDays", rule.vwapDays());
    }
  }
}
