package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warrantlab.accounting.Money;
import org.warrantlab.attribution.AttributionOrder;
import org.warrantlab.attribution.Comparison;
import org.warrantlab.attribution.TrancheAttribution;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;

/**
 * Two valuations of one book side by side, their difference per tranche and its split by input, with the audit
 * trail of both files: the table's with the clock time, the memo's and the JSON's without.
 */
public final class CompareReport {

  private CompareReport() {
  }

  /**
   * One run of {@code compare}.
   *
   * @param first the trail of the first file, whose simulation settings every state of the split uses
   * @param second the trail of the second file
   * @param comparison the two valuations and the split of their difference
   */
  public record Run(AuditTrail first, AuditTrail second, Comparison comparison) {
  }

  /** Plain text within 120 columns unless {@code wide}. */
  public static String table(Run run, boolean wide) {
    Document document = Document.plain(wide);
    write(run, document);
    document.paragraph("Audit trail: " + trail(run) + " Run finished " + run.first().clockTime() + ".");
    return document.text();
  }

  public static String markdown(Run run) {
    Document document = Document.markdown();
    write(run, document);
    document.heading(2, "Audit trail");
    document.paragraph(trail(run));
    return document.text();
  }

  /** The software once, then each file's fingerprint and settings. */
  private static String trail(Run run) {
    return run.first().software().text() + "; first " + run.first().run() + "; second " + run.second().run() + ".";
  }

  private static void write(Run run, Document document) {
    Comparison comparison = run.comparison();
    document.heading(1, "Comparison of two valuations");
    document.paragraph("First " + run.first().input() + ": " + describe(comparison.first()) + ". Second "
        + run.second().input()
        + ": " + describe(comparison.second()) + ". Amounts rounded to the cent; the difference is the second"
        + " less the first.");
    if (comparison.identical()) {
      document.paragraph("The two inputs are the same: the difference is zero.");
    }
    TextTable values = new TextTable(List.of("Tranche", "First", "Second", "Difference"), 1);
    Map<String, BigDecimal> a = Comparison.booked(comparison.first());
    Map<String, BigDecimal> b = Comparison.booked(comparison.second());
    for (TrancheAttribution tranche : comparison.attribution().tranches()) {
      String id = tranche.trancheId();
      values.row(id, Amounts.money(a.get(id)), Amounts.money(b.get(id)), Amounts.money(b.get(id).subtract(a.get(id))));
    }
    BigDecimal firstTotal = total(a);
    BigDecimal secondTotal = total(b);
    values.row("Total", Amounts.money(firstTotal), Amounts.money(secondTotal),
        Amounts.money(secondTotal.subtract(firstTotal)));
    document.table(values);
    document.heading(2, "Difference by input");
    document.table(AttributionReport.table(comparison.attribution()));
    document.paragraph(AttributionReport.method(comparison.attribution()) + " Monte Carlo sampling is the"
        + " valuations as run less the same inputs valued on the common paths of the first's settings.");
  }

  public static String json(Run run) {
    Comparison comparison = run.comparison();
    ObjectNode root = Serialized.object();
    ObjectNode audit = root.putObject("audit");
    Map<String, Object> software = run.first().fields();
    audit.put("software", (String) software.get("software"));
    audit.put("revision", (String) software.get("revision"));
    audit.set("first", AuditJson.of(run.first().runFields()));
    audit.set("second", AuditJson.of(run.second().runFields()));
    root.put("first", run.first().input());
    root.put("second", run.second().input());
    root.put("identical", comparison.identical());
    Map<String, BigDecimal> a = Comparison.booked(comparison.first());
    Map<String, BigDecimal> b = Comparison.booked(comparison.second());
    ArrayNode tranches = root.putArray("tranches");
    for (TrancheAttribution tranche : comparison.attribution().tranches()) {
      String id = tranche.trancheId();
      ObjectNode row = tranches.addObject();
      row.put("tranche", id);
      row.put("first", a.get(id));
      row.put("second", b.get(id));
      row.put("difference", b.get(id).subtract(a.get(id)));
    }
    ObjectNode total = root.putObject("total");
    total.put("first", total(a));
    total.put("second", total(b));
    total.put("difference", total(b).subtract(total(a)));
    AttributionOrder order = comparison.attribution().order();
    root.put("order", order instanceof AttributionOrder.Shapley ? AttributionText.SHAPLEY : "sequential");
    ArrayNode factors = root.putArray("factors");
    order.factors().forEach(factor -> factors.add(AttributionText.name(factor)));
    root.set("attribution", AttributionRows.tranches(comparison.attribution()));
    return Serialized.json(root);
  }

  private static String describe(BookValuation valuation) {
    SimulationSettings settings = valuation.settings();
    return String.format(Locale.US, "valued on %s, share price %s, %,d paths, seed %d",
        valuation.market().valuationDate(), Amounts.price(valuation.market().spot()), settings.simulatedPaths(),
        settings.seed());
  }

  private static BigDecimal total(Map<String, BigDecimal> values) {
    return values.values().stream().reduce(Money.zero(), BigDecimal::add);
  }
}
