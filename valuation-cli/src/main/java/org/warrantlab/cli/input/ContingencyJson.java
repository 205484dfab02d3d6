package org.warrantlab.cli.input;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.warrantlab.event.CorporateEvents;
import org.warrantlab.event.FundamentalTransaction;
import org.warrantlab.instrument.MakeWholeTable;
import org.warrantlab.instrument.Redemption;
import org.warrantlab.instrument.RedemptionSettlement;
import org.warrantlab.instrument.Warrant;

/**
 * A tranche's redemption rights and the book's corporate events written back in the input's own shape
 * ({@link RedemptionReader} and {@link CorporateEventReader} read them), for a report's echo.
 */
final class ContingencyJson {

  private ContingencyJson() {
  }

  /** Adds {@code redemption} and {@code makeWholeTable} to a tranche's entry, where it has them. */
  static void redemptions(ObjectNode node, Warrant warrant) {
    if (!warrant.redeemable()) {
      return;
    }
    ArrayNode rights = node.putArray("redemption");
    for (Redemption redemption : warrant.redemptions()) {
      ObjectNode right = rights.addObject();
      right.put("triggerPrice", redemption.triggerPrice());
      right.put("days", redemption.days());
      right.put("window", redemption.window());
      right.put("lagDays", redemption.lagDays());
      right.put("noticeDays", redemption.noticeDays());
      right.put("price", redemption.price());
      right.put("from", redemption.from().toString());
      right.put("settlement", redemption.settlement() instanceof RedemptionSettlement.MakeWhole
          ? RedemptionReader.Settlement.MAKE_WHOLE.name() : RedemptionReader.Settlement.CASH.name());
    }
    warrant.redemptions().stream().map(Redemption::settlement)
        .filter(RedemptionSettlement.MakeWhole.class::isInstance).map(RedemptionSettlement.MakeWhole.class::cast)
        .findFirst().ifPresent(makeWhole -> node.set("makeWholeTable", table(node, makeWhole)));
  }

  private static ObjectNode table(ObjectNode parent, RedemptionSettlement.MakeWhole makeWhole) {
    MakeWholeTable table = makeWhole.table();
    ObjectNode node = parent.objectNode();
    ArrayNode values = node.putArray("fairMarketValues");
    for (double value : table.fairMarketValues()) {
      values.add(value);
    }
    ArrayNode months = node.putArray("monthsToExpiry");
    for (double month : table.monthsToExpiry()) {
      months.add(month);
    }
    ArrayNode rows = node.putArray("sharesPerWarrant");
    for (double[] row : table.sharesPerWarrant()) {
      ArrayNode cells = rows.addArray();
      for (double cell : row) {
        cells.add(cell);
      }
    }
    node.put("cap", table.cap());
    node.put("fairMarketValueDays", makeWhole.fairMarketValueDays());
    return node;
  }

  /** Adds {@code businessCombination} and {@code fundamentalTransaction} to an input's root, where assumed. */
  static void events(ObjectNode root, CorporateEvents events) {
    events.businessCombination().ifPresent(combination -> {
      ObjectNode node = root.putObject("businessCombination");
      node.put("probability", combination.probability());
      node.put("date", combination.date().toString());
    });
    events.fundamentalTransaction().ifPresent(transaction -> {
      ObjectNode node = root.putObject("fundamentalTransaction");
      transaction.probability().ifPresent(p -> node.put("probability", p));
      transaction.intensity().ifPresent(rate -> node.put("intensity", rate));
      node.put("start", transaction.start().toString());
      node.put("end", transaction.end().toString());
      FundamentalTransaction.BlackScholesValue value = transaction.value();
      ObjectNode terms = node.putObject("blackScholesValue");
      terms.put("volatilityFloor", value.volatilityFloor());
      terms.put("historicalDays", value.historicalDays());
      if (value.rate().isPresent()) {
        terms.put("rate", value.rate().getAsDouble());
      } else {
        terms.put("rate", "CURVE");
      }
    });
  }
}
