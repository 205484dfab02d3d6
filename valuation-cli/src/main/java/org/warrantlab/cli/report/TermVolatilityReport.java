package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warrantlab.cli.audit.FileTrail;
import org.warrantlab.market.VolatilityEstimate;

/**
 * {@code vol --terms-of}: each term's volatility from the company's and the guideline companies' prices,
 * their blend, and the blend as a {@code volatilityCurve} ready to paste into an input's market.
 */
public final class TermVolatilityReport {

  /** The blend's rule, as the report and the help state it. */
  public static final String BLEND = "variance-weighted: σ = √(Σ wᵢ σᵢ²), weights normalised to sum to 1";

  /** A price file in the blend: the company's own (the first) or a guideline company's, and its weight. */
  public record Source(Path file, double weight) {
  }

  /** One remaining term: its tranches, its look-back in returns, each source's volatility and the blend. */
  public record TermLine(List<String> tranches, double term, int returnsWanted, List<VolatilityEstimate> estimates,
      double blended) {
  }

  /**
   * The measurement: the book and its valuation date, the sources, the terms, the audit trail and the SHA-256 of
   * every file read (the book and each source), taken once each was read as a regular file.
   */
  public record Run(Path book, LocalDate end, List<Source> sources, List<TermLine> lines, FileTrail audit,
      Map<Path, String> sha256) {
    public Run {
      sha256 = Map.copyOf(sha256);
    }
  }

  private TermVolatilityReport() {
  }

  /** The report in {@code format}; a table fits 120 columns unless {@code wide}. */
  public static String render(Run run, SummaryFormat format, boolean wide) {
    return switch (format) {
      case TABLE -> table(run, Wrapped.width(wide));
      case JSON -> Serialized.json(json(run));
    };
  }

  private static String table(Run run, int width) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.US, "Term-matched historical volatility — %s — look-backs ending %s%n%n",
        run.book(), run.end()));
    double weights = run.sources().stream().mapToDouble(Source::weight).sum();
    out.append(Wrapped.line("  Book   ", run.book() + ", SHA-256 " + run.sha256().get(run.book()), width));
    for (int s = 0; s < run.sources().size(); s++) {
      Source source = run.sources().get(s);
      out.append(Wrapped.line(String.format(Locale.US, "  %-6s ", label(s)), String.format(Locale.US,
          "%s, weight %.4f, SHA-256 %s", source.file(), source.weight() / weights, run.sha256().get(source.file())), width));
    }
    out.append(String.format(Locale.US, "  Blend  %s%n%n", BLEND));
    List<String> header = new ArrayList<>(List.of("Tranches", "Term(y)", "Returns"));
    for (int s = 0; s < run.sources().size(); s++) {
      header.add(label(s));
    }
    header.add("Blend");
    TextTable table = new TextTable(header);
    for (TermLine line : run.lines()) {
      List<String> cells = new ArrayList<>(List.of(String.join(", ", line.tranches()),
          String.format(Locale.US, "%.3f", line.term()), String.valueOf(line.returnsWanted())));
      for (VolatilityEstimate estimate : line.estimates()) {
        String shortened = estimate.returns() < line.returnsWanted() ? " (" + estimate.returns() + " returns)" : "";
        cells.add(Amounts.percent(estimate.volatility().value()) + " ± "
            + Amounts.percent(estimate.volatility().standardError()) + shortened);
      }
      cells.add(Amounts.percent(line.blended()));
      table.row(cells.toArray(String[]::new));
    }
    out.append(table.plain("", width));
    out.append(System.lineSeparator());
    out.append("Ready to paste into the market of an input (in place of \"volatility\"):").append(System.lineSeparator());
    out.append("\"volatilityCurve\": ").append(curveText(run)).append(System.lineSeparator());
    out.append(System.lineSeparator()).append(Wrapped.paragraph(run.audit().tableLine(), width));
    return out.toString();
  }

  private static String label(int source) {
    return source == 0 ? "Own" : "Peer " + source;
  }

  /** The curve on one line a term: terms to six decimals (half a minute), volatilities to four. */
  private static String curveText(Run run) {
    List<String> points = new ArrayList<>();
    for (TermLine line : run.lines()) {
      points.add(String.format(Locale.US, "  {\"term\": %.6f, \"volatility\": %.4f}", line.term(), line.blended()));
    }
    return "[" + System.lineSeparator() + String.join("," + System.lineSeparator(), points) + System.lineSeparator()
        + "]";
  }

  private static ObjectNode json(Run run) {
    ObjectNode root = Serialized.object();
    root.set("audit", AuditJson.of(run.audit()));
    root.put("book", run.book().toString());
    root.put("bookSha256", run.sha256().get(run.book()));
    root.put("end", run.end().toString());
    root.put("blend", BLEND);
    double weights = run.sources().stream().mapToDouble(Source::weight).sum();
    ArrayNode sources = root.putArray("sources");
    for (Source source : run.sources()) {
      sources.addObject().put("file", source.file().toString()).put("weight", source.weight() / weights)
          .put("sha256", run.sha256().get(source.file()));
    }
    ArrayNode terms = root.putArray("terms");
    for (TermLine line : run.lines()) {
      ObjectNode term = terms.addObject();
      ArrayNode tranches = term.putArray("tranches");
      line.tranches().forEach(tranches::add);
      term.put("term", line.term());
      term.put("returnsWanted", line.returnsWanted());
      ArrayNode volatilities = term.putArray("volatilities");
      for (VolatilityEstimate estimate : line.estimates()) {
        volatilities.addObject().put("firstDate", estimate.firstDate().toString())
            .put("lastDate", estimate.lastDate().toString()).put("returns", estimate.returns())
            .put("volatility", estimate.volatility().value())
            .put("standardError", estimate.volatility().standardError());
      }
      term.put("volatility", line.blended());
    }
    ArrayNode curve = root.putArray("volatilityCurve");
    for (TermLine line : run.lines()) {
      curve.addObject().put("term", line.term()).put("volatility", line.blended());
    }
    return root;
  }
}
