package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.result.Estimate;
import org.warrantlab.sweep.Measure;

/**
 * What the reports of the studies ({@code greeks}, {@code sweep}, {@code converge}, {@code tornado})
 * share: the inputs echoed, the simulation described, and figures formatted by what they measure.
 */
final class StudyParts {

  private StudyParts() {
  }

  /** The market inputs of the file, as a two-column table. */
  static TextTable inputs(MarketData market) {
    return new TextTable(List.of("Input", "Value"))
        .row("Share price", String.format(Locale.US, "%,.4f", market.spot()))
        .row("Volatility (annualised)", TermsText.volatility(market.volatility()))
        .row("Risk-free rate", TermsText.rate(market.riskFreeRate()))
        .row("Dividend yield", Amounts.percent(market.dividendYield()))
        .row("Shares outstanding", Amounts.count(market.sharesOutstanding()));
  }

  /** "200,000 paths (antithetic pairs), seed 20091130, control variate on where it applies". */
  static String simulationText(SimulationSettings settings, long simulatedPaths) {
    return String.format(Locale.US, "%,d paths%s, seed %d, control variate %s", simulatedPaths,
        SamplingText.paths(settings), settings.seed(),
        settings.controlVariate() ? "on where it applies" : "off");
  }

  /** "2 threads, 1.23 s": how the run went, for tables only, on a line of its own when fitted. */
  static String run(int threads, Duration elapsed) {
    return String.format(Locale.US, "%s%d thread%s, %.2f s", Wrapped.BREAK, threads, threads == 1 ? "" : "s",
        elapsed.toNanos() / 1e9);
  }

  /** A figure of {@code measure}: money to the cent for a total, four decimals per warrant. */
  static String figure(Measure measure, double value) {
    return measure.tranche().isPresent() ? String.format(Locale.US, "%.4f", value)
        : String.format(Locale.US, "%,.2f", value);
  }

  /** "value ± standard error" in the measure's format. */
  static String estimate(Measure measure, Estimate estimate) {
    return figure(measure, estimate.value()) + " ± " + figure(measure, estimate.standardError());
  }

  /** "0.4846 ± 0.0019": a value per warrant and its standard error. */
  static String perWarrant(Estimate estimate) {
    return String.format(Locale.US, "%.4f ± %.4f", estimate.value(), estimate.standardError());
  }

  /**
   * "0.00333 ± 0.00013": the standard error to two significant figures and the value to the same
   * decimal place, at least four decimals; an exact value to six.
   */
  static String precise(Estimate estimate) {
    if (estimate.standardError() == 0) {
      return String.format(Locale.US, "%.6f", estimate.value());
    }
    int decimals = (int) Math.max(4, Math.min(10, 1 - Math.floor(Math.log10(estimate.standardError()))));
    return String.format(Locale.US, "%." + decimals + "f ± %." + decimals + "f", estimate.value(),
        estimate.standardError());
  }

  /** An input's value as typed: 0.4, not 0.40000000000000002. */
  static String inputValue(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** The audit trail and the clock time, as a table's paragraph; JSON and CSV carry the trail without the time. */
  static void audit(AuditTrail audit, Document document) {
    document.paragraph(audit.tableLine());
  }

  /** The notes of the file, as a document's closing bullets. */
  static void notes(ValuationInput input, Document document) {
    if (!input.notes().isEmpty()) {
      document.heading(2, "Notes");
      document.bullets(input.notes());
    }
  }

  /** The market inputs for JSON, headed by the valuation date. */
  static ObjectNode market(MarketData market) {
    ObjectNode node = Serialized.object();
    node.put("valuationDate", market.valuationDate().toString());
    node.setAll(SettingsJson.market(market));
    return node;
  }


  static ObjectNode estimate(Estimate estimate) {
    ObjectNode node = Serialized.object();
    node.put("value", estimate.value());
    node.put("standardError", estimate.standardError());
    return node;
  }

  /** What the study follows, for JSON: "total", or the tranche's id. */
  static ObjectNode measure(Measure measure) {
    ObjectNode node = Serialized.object();
    node.put("figure", measure.tranche().isPresent() ? "fairValuePerWarrant" : "totalFairValue");
    if (measure.tranche().isPresent()) {
      node.put("tranche", measure.tranche().get());
    } else {
      node.putNull("tranche");
    }
    node.put("label", measure.label());
    return node;
  }
}
