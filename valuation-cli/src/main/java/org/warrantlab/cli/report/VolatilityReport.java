package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
import org.warrantlab.market.VolatilityEstimate;
import org.warrantlab.result.Estimate;

/** A historical volatility as a table or JSON, with the window it was measured over. */
public final class VolatilityReport {

  private static final String LINE = "  %-28s %s%n";

  private VolatilityReport() {
  }

  /** The report in {@code format}; a table fits 120 columns unless {@code wide}. */
  public static String render(VolatilityRun run, SummaryFormat format, boolean wide) {
    return switch (format) {
      case TABLE -> table(run, Wrapped.width(wide));
      case JSON -> json(run);
    };
  }

  public static String table(VolatilityRun run, int width) {
    VolatilityEstimate estimate = run.estimate();
    Estimate volatility = estimate.volatility();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.US, "Historical volatility — %s%n%n", run.source()));
    out.append(String.format(Locale.US, LINE, "Look-back", lookBack(run)));
    out.append(String.format(Locale.US, LINE, "Window", estimate.firstDate() + " to " + estimate.lastDate()
        + String.format(Locale.US, " (%d closes)", estimate.returns() + 1)));
    out.append(String.format(Locale.US, LINE, "Daily log returns", estimate.returns()));
    out.append(String.format(Locale.US, LINE, "Volatility (annualised)", percent(volatility.value(), 2)));
    out.append(String.format(Locale.US, LINE, "Standard error", percent(volatility.standardError(), 2)
        + "  (σ / √(2n))"));
    out.append(String.format(Locale.US, LINE, "95% interval",
        percent(volatility.lower95(), 2) + " – " + percent(volatility.upper95(), 2)));
    out.append(String.format(Locale.US, LINE, "Daily volatility", percent(estimate.dailyVolatility(), 4)));
    out.append(String.format(Locale.US, LINE, "Mean daily log return", percent(estimate.meanDailyLogReturn(), 4)));
    out.append(String.format(Locale.US, LINE, "Trading days per year", estimate.tradingDaysPerYear()));
    out.append(System.lineSeparator());
    out.append("Volatility: sample standard deviation (n − 1) of the daily log returns × √(trading days per year).\n");
    out.append(System.lineSeparator()).append(Wrapped.paragraph(run.audit().tableLine(), width));
    return out.toString();
  }

  public static String json(VolatilityRun run) {
    VolatilityEstimate estimate = run.estimate();
    Estimate volatility = estimate.volatility();
    ObjectNode root = Serialized.object();
    root.set("audit", AuditJson.of(run.audit()));
    root.put("source", run.source());
    if (run.termYears() != null) {
      root.put("termYears", run.termYears());
    } else {
      root.putNull("termYears");
    }
    root.put("from", run.from() == null ? null : run.from().toString());
    root.put("to", run.to().toString());
    root.put("firstDate", estimate.firstDate().toString());
    root.put("lastDate", estimate.lastDate().toString());
    root.put("returns", estimate.returns());
    root.put("tradingDaysPerYear", estimate.tradingDaysPerYear());
    root.put("volatility", volatility.value());
    root.put("standardError", volatility.standardError());
    ObjectNode interval = root.putObject("confidenceInterval95");
    interval.put("lower", volatility.lower95());
    interval.put("upper", volatility.upper95());
    root.put("dailyVolatility", estimate.dailyVolatility());
    root.put("meanDailyLogReturn", estimate.meanDailyLogReturn());
    return Serialized.json(root);
  }

  private static String lookBack(VolatilityRun run) {
    if (run.termYears() == null) {
      return "--from " + run.from() + " --to " + run.to();
    }
    String term = BigDecimal.valueOf(run.termYears()).stripTrailingZeros().toPlainString();
    return "--term " + term + " (years): the last " + run.estimate().returns() + " returns on or before " + run.to();
  }

  private static String percent(double fraction, int decimals) {
    return String.format(Locale.US, "%." + decimals + "f%%", 100 * fraction);
  }
}
