package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.warrantlab.market.DailyPrice;
import org.warrantlab.market.VwapMeasurement;

/** A VWAP measurement as a table or JSON: the days it used, the VWAP, and the prices a financing reads. */
public final class VwapReport {

  private static final String DAY = "  %-10s %12s %18s%n";
  private static final String LINE = "  %-40s %s%n";

  private VwapReport() {
  }

  /** The report in {@code format}; a table fits 120 columns unless {@code wide}. */
  public static String render(VwapRun run, SummaryFormat format, boolean wide) {
    return switch (format) {
      case TABLE -> table(run, Wrapped.width(wide));
      case JSON -> json(run);
    };
  }

  public static String table(VwapRun run, int width) {
    VwapMeasurement measurement = run.measurement();
    int days = measurement.days().size();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.US, "VWAP — %s — %d trading day%s on or before %s%n%n", run.source(), days,
        days == 1 ? "" : "s", run.end()));
    out.append(String.format(Locale.US, DAY, "Date", "Close", "Volume"));
    for (DailyPrice day : measurement.days().days()) {
      out.append(String.format(Locale.US, DAY, day.date(), price(day.close()),
          String.format(Locale.US, "%,.0f", day.volume())));
    }
    out.append(String.format(Locale.US, DAY, "Total", "", String.format(Locale.US, "%,.0f", measurement.totalVolume())));
    out.append(System.lineSeparator());
    out.append(String.format(Locale.US, LINE, "VWAP (Σ close × volume / Σ volume)", price(measurement.vwap())));
    out.append(String.format(Locale.US, LINE, "Average close", price(measurement.averageClose())));
    out.append(String.format(Locale.US, LINE, "Close on " + measurement.lastDate(), price(measurement.lastClose())));
    out.append(String.format(Locale.US, LINE, "Lesser of close and VWAP", price(measurement.lesserOfCloseAndVwap())));
    if (run.discount() != null) {
      out.append(String.format(Locale.US, LINE,
          String.format(Locale.US, "Financing price (%s below the lesser)", discount(run.discount())),
          price(measurement.financingPrice(run.discount()))));
    }
    out.append(System.lineSeparator()).append(Wrapped.paragraph(run.audit().tableLine(), width));
    return out.toString();
  }

  public static String json(VwapRun run) {
    VwapMeasurement measurement = run.measurement();
    ObjectNode root = Serialized.object();
    root.set("audit", AuditJson.of(run.audit()));
    root.put("source", run.source());
    root.put("end", run.end().toString());
    root.put("days", measurement.days().size());
    root.put("firstDate", measurement.firstDate().toString());
    root.put("lastDate", measurement.lastDate().toString());
    ArrayNode prices = root.putArray("prices");
    for (DailyPrice day : measurement.days().days()) {
      ObjectNode node = prices.addObject();
      node.put("date", day.date().toString());
      node.put("close", day.close());
      node.put("volume", day.volume());
    }
    root.put("totalVolume", measurement.totalVolume());
    root.put("vwap", measurement.vwap());
    root.put("averageClose", measurement.averageClose());
    root.put("lastClose", measurement.lastClose());
    root.put("lesserOfCloseAndVwap", measurement.lesserOfCloseAndVwap());
    if (run.discount() != null) {
      root.put("discount", run.discount());
      root.put("financingPrice", measurement.financingPrice(run.discount()));
    } else {
      root.putNull("discount");
      root.putNull("financingPrice");
    }
    return Serialized.json(root);
  }

  private static String price(double price) {
    return String.format(Locale.US, "%,.4f", price);
  }

  private static String discount(double discount) {
    return String.format(Locale.US, "%.2f%%", 100 * discount).replace(".00%", "%");
  }
}
