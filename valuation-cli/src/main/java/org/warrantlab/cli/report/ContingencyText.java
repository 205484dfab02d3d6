package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.warrantlab.event.CorporateEvents;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.ContingencyStatistics;
import org.warrantlab.pricer.TrancheValuation;

/**
 * How often the issuer redeemed each tranche and its holders took a fundamental transaction's value, and
 * the corporate events assumed (Level 3 inputs), for the table, JSON and CSV reports.
 */
final class ContingencyText {

  private ContingencyText() {
  }

  /** Whether the valuation has anything to say: a redemption right or a corporate event. */
  static boolean applies(BookValuation valuation, CorporateEvents events) {
    return !events.equals(CorporateEvents.NONE)
        || valuation.tranches().stream().anyMatch(tranche -> tranche.contingencies().isPresent());
  }

  /** The table's section, wrapped within {@code width} columns: per tranche its statistics, then the events assumed. */
  static void append(StringBuilder out, BookValuation valuation, CorporateEvents events, int width) {
    out.append("Redemption and fundamental transaction\n");
    LocalDate valuationDate = valuation.market().valuationDate();
    boolean assumed = events.fundamentalTransaction().isPresent();
    for (TrancheValuation tranche : valuation.tranches()) {
      String id = tranche.warrant().warrant().id();
      String line = tranche.contingencies().map(statistics -> describe(statistics,
          tranche.warrant().warrant().redeemable(), assumed, valuationDate)).orElse("not redeemable");
      out.append(Wrapped.line(String.format(Locale.US, "  %-12s ", id), line, width));
    }
    out.append("Level 3 inputs\n");
    if (events.equals(CorporateEvents.NONE)) {
      out.append("  none besides the market's\n");
    }
    events.businessCombination().ifPresent(combination -> out.append(String.format(Locale.US,
        "  business combination on %s with probability %.2f%%: the value is that probability times the value"
            + " given it%n", combination.date(), 100 * combination.probability())));
    events.fundamentalTransaction().ifPresent(transaction -> out.append(Wrapped.line("  ", String.format(Locale.US,
        "fundamental transaction from %s to %s, %s; Black–Scholes value at the greater of %.2f%% and the last"
            + " %d closes' volatility, rate %s", transaction.start(), transaction.end(),
        transaction.probability().isPresent()
            ? String.format(Locale.US, "probability %.2f%%", 100 * transaction.probability().getAsDouble())
            : String.format(Locale.US, "intensity %.4f a year", transaction.intensity().getAsDouble()),
        100 * transaction.value().volatilityFloor(), transaction.value().historicalDays(),
        transaction.value().rate().isPresent()
            ? String.format(Locale.US, "%.4f%%", 100 * transaction.value().rate().getAsDouble()) : "the curve's"),
        width)));
    out.append(System.lineSeparator());
  }

  private static String describe(ContingencyStatistics statistics, boolean redeemable, boolean transaction,
      LocalDate valuationDate) {
    String redemption = !redeemable ? "not redeemable" : String.format(Locale.US,
        "redeemed on %s of paths, mean redemption %s",
        percent(statistics.redemptionProbability().value(), statistics.redemptionProbability().standardError()),
        Double.isNaN(statistics.meanRedemptionYears()) ? "n/a" : String.format(Locale.US, "%.3f years (%s)",
            statistics.meanRedemptionYears(), date(valuationDate, statistics.meanRedemptionYears())));
    return !transaction ? redemption : redemption + String.format(Locale.US,
        "; fundamental transaction value taken on %s of paths",
        percent(statistics.transactionProbability().value(), statistics.transactionProbability().standardError()));
  }

  /** A tranche's statistics as a JSON object. */
  static ObjectNode json(ContingencyStatistics statistics, LocalDate valuationDate) {
    ObjectNode node = Serialized.object();
    node.put("redemptionProbability", statistics.redemptionProbability().value());
    node.put("redemptionProbabilityStandardError", statistics.redemptionProbability().standardError());
    if (Double.isNaN(statistics.meanRedemptionYears())) {
      node.putNull("meanRedemptionYears");
      node.putNull("meanRedemptionDate");
    } else {
      node.put("meanRedemptionYears", statistics.meanRedemptionYears());
      node.put("meanRedemptionDate", date(valuationDate, statistics.meanRedemptionYears()).toString());
    }
    node.put("fundamentalTransactionProbability", statistics.transactionProbability().value());
    node.put("fundamentalTransactionProbabilityStandardError", statistics.transactionProbability().standardError());
    return node;
  }

  /** The corporate events' Level 3 inputs as a JSON object. */
  static ObjectNode level3(CorporateEvents events) {
    ObjectNode node = Serialized.object();
    events.businessCombination().ifPresent(c -> node.put("businessCombinationProbability", c.probability()));
    events.fundamentalTransaction().ifPresent(t -> {
      t.probability().ifPresent(p -> node.put("fundamentalTransactionProbability", p));
      t.intensity().ifPresent(rate -> node.put("fundamentalTransactionIntensity", rate));
      node.put("fundamentalTransactionVolatilityFloor", t.value().volatilityFloor());
    });
    return node;
  }

  /** A tranche's statistics as CSV cells. */
  static void csv(Map<String, Object> row, ContingencyStatistics statistics, LocalDate valuationDate) {
    row.put("redemptionProbability", statistics.redemptionProbability().value());
    if (!Double.isNaN(statistics.meanRedemptionYears())) {
      row.put("meanRedemptionYears", statistics.meanRedemptionYears());
      row.put("meanRedemptionDate", date(valuationDate, statistics.meanRedemptionYears()).toString());
    }
    row.put("fundamentalTransactionProbability", statistics.transactionProbability().value());
  }

  /** The date {@code years} (ACT/365F) after {@code from}, to the nearest day. */
  static LocalDate date(LocalDate from, double years) {
    return from.plusDays(Math.round(years * 365));
  }

  private static String percent(double probability, double standardError) {
    return String.format(Locale.US, "%.2f%% ± %.2f%%", 100 * probability, 100 * standardError);
  }
}
