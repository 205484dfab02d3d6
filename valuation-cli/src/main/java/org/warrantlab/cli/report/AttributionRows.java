package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warrantlab.attribution.Attribution;
import org.warrantlab.attribution.AttributionOrder;
import org.warrantlab.attribution.RollForwardAttribution;
import org.warrantlab.attribution.Step;
import org.warrantlab.attribution.TrancheAttribution;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.accounting.PeriodRollForward;

/** An attribution as rows of named fields (CSV) and as a JSON tree. */
public final class AttributionRows {

  /** The columns of {@code --table attribution}. */
  public static final List<String> COLUMNS = List.of("span", "from", "to", "tranche", "factor", "amount",
      "standardError", "distinguishable");

  private AttributionRows() {
  }

  /** Per period and year to date, per tranche and TOTAL, a row per line. */
  public static List<Map<String, Object>> of(LiabilityRollForward result, RollForwardAttribution attribution) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int k = 0; k < result.periods().size(); k++) {
      addSpan(rows, "PERIOD", result.periods().get(k), attribution.periods().get(k));
      addSpan(rows, "YEAR_TO_DATE", result.yearToDate().get(k), attribution.yearToDate().get(k));
    }
    return rows;
  }

  /** The roll-forward's {@code attribution} field: the order, then per period and year to date the splits. */
  public static ObjectNode json(LiabilityRollForward result, RollForwardAttribution attribution) {
    ObjectNode node = Serialized.object();
    AttributionOrder order = attribution.periods().get(0).order();
    node.put("order", order instanceof AttributionOrder.Shapley ? AttributionText.SHAPLEY : "sequential");
    ArrayNode factors = node.putArray("factors");
    order.factors().forEach(factor -> factors.add(AttributionText.name(factor)));
    ArrayNode spans = node.putArray("spans");
    for (int k = 0; k < result.periods().size(); k++) {
      spans.add(span("PERIOD", result.periods().get(k), attribution.periods().get(k)));
      spans.add(span("YEAR_TO_DATE", result.yearToDate().get(k), attribution.yearToDate().get(k)));
    }
    return node;
  }

  private static ObjectNode span(String span, PeriodRollForward period, Attribution attribution) {
    ObjectNode node = Serialized.object();
    node.put("span", span);
    node.put("from", period.firstDay().toString());
    node.put("to", period.end().toString());
    node.set("tranches", tranches(attribution));
    return node;
  }

  /** Per tranche and the total: its change and {@code attribution}, a list of factor, amount, standard error. */
  public static ArrayNode tranches(Attribution attribution) {
    ArrayNode tranches = Serialized.object().arrayNode();
    for (TrancheAttribution tranche : attribution.tranches()) {
      tranches.add(tranche(tranche.trancheId(), tranche));
    }
    tranches.add(tranche("TOTAL", attribution.total()));
    return tranches;
  }

  private static ObjectNode tranche(String id, TrancheAttribution tranche) {
    ObjectNode node = Serialized.object();
    node.put("tranche", id);
    node.put("change", tranche.change());
    ArrayNode steps = node.putArray("attribution");
    for (Step step : tranche.steps()) {
      ObjectNode line = steps.addObject();
      line.put("factor", AttributionText.name(step.factor()));
      line.put("amount", step.amount());
      line.put("standardError", step.standardError());
      line.put("distinguishable", step.distinguishable());
    }
    return node;
  }

  private static void addSpan(List<Map<String, Object>> rows, String span, PeriodRollForward period,
      Attribution attribution) {
    for (TrancheAttribution tranche : attribution.tranches()) {
      addTranche(rows, span, period.firstDay(), period.end(), tranche.trancheId(), tranche);
    }
    addTranche(rows, span, period.firstDay(), period.end(), "TOTAL", attribution.total());
  }

  private static void addTranche(List<Map<String, Object>> rows, String span, LocalDate from, LocalDate to,
      String id, TrancheAttribution tranche) {
    for (Step step : tranche.steps()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("span", span);
      row.put("from", from.toString());
      row.put("to", to.toString());
      row.put("tranche", id);
      row.put("factor", AttributionText.name(step.factor()));
      row.put("amount", step.amount());
      row.put("standardError", step.standardError());
      row.put("distinguishable", step.distinguishable());
      rows.add(row);
    }
  }

  static BigDecimal share(BigDecimal amount, BigDecimal change) {
    return change.signum() == 0 ? BigDecimal.ZERO : amount.multiply(BigDecimal.valueOf(100))
        .divide(change, 1, RoundingMode.HALF_UP);
  }
}
