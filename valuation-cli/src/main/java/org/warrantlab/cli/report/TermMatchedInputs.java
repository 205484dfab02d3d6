package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.TrancheValuation;

/**
 * A valuation's Level 3 inputs matched to each tranche's remaining term, when the market gives the volatility
 * or the rate by term: per tranche its term volatility and zero rate, and per input its range and
 * fair-value-weighted average over the tranches (ASC 820-10-50-2(bbb)). With one volatility and one rate the
 * market's inputs already are every tranche's, and the reports stay as they were.
 */
final class TermMatchedInputs {

  private TermMatchedInputs() {
  }

  /** Whether the market gives the volatility or the risk-free rate by term. */
  static boolean apply(MarketData market) {
    return market.volatility().scalar().isEmpty() || market.riskFreeRate().scalar().isEmpty();
  }

  /** Puts the tranche's term-matched inputs into its JSON object. */
  static void json(ObjectNode node, TrancheValuation tranche, MarketData market) {
    double term = tranche.warrant().timeToExpiry();
    node.put("termVolatility", market.volatility().termVolatility(term));
    node.put("termRiskFreeRate", market.riskFreeRate().quotedRate(term));
    node.put("termContinuousRate", market.riskFreeRate().zeroRate(term));
  }

  /** Puts the tranche's term-matched inputs into its CSV row. */
  static void csv(Map<String, Object> row, TrancheValuation tranche, MarketData market) {
    double term = tranche.warrant().timeToExpiry();
    row.put("termVolatility", market.volatility().termVolatility(term));
    row.put("termRiskFreeRate", market.riskFreeRate().quotedRate(term));
    row.put("termContinuousRate", market.riskFreeRate().zeroRate(term));
  }

  static final List<String> CSV_COLUMNS = List.of("termVolatility", "termRiskFreeRate", "termContinuousRate");

  /** The per-tranche table and the ranges, as plain text within {@code width} columns (unbounded when zero). */
  static String text(BookValuation valuation, int width) {
    MarketData market = valuation.market();
    TextTable tranches = new TextTable(List.of("Tranche", "Term (years)", "Volatility", "Risk-free rate"), 1);
    for (TrancheValuation tranche : valuation.tranches()) {
      double term = tranche.warrant().timeToExpiry();
      RiskFreeRate rate = TermsText.rateAt(market.riskFreeRate(), term);
      tranches.row(tranche.warrant().warrant().id(), String.format(Locale.US, "%.3f", term),
          Amounts.percent(market.volatility().termVolatility(term)), TermsText.rate(rate));
    }
    TextTable ranges = new TextTable(List.of("Input", "Low", "High", "Weighted average"), 1);
    for (Map<String, Object> row : Level3Ranges.rows(valuation)) {
      Level3Ranges.Input input = Level3Ranges.Input.valueOf((String) row.get("input"));
      Object average = row.get("weightedAverage");
      ranges.row(input.caption(), MemoSections.figure(input, (Double) row.get("low")),
          MemoSections.figure(input, (Double) row.get("high")),
          average == null ? "n/a" : MemoSections.figure(input, (Double) average));
    }
    String newline = System.lineSeparator();
    return "Level 3 inputs matched to each tranche's term" + newline + tranches.plain("  ", width) + newline
        + "Level 3 inputs: range over the tranches and average weighted by fair value" + newline
        + ranges.plain("  ", width) + newline;
  }
}
