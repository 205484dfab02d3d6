package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.warrantlab.closedform.ClosedFormWarrantPricer;
import org.warrantlab.greeks.BookGreeks;
import org.warrantlab.greeks.Bumps;
import org.warrantlab.greeks.TrancheGreeks;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.result.Estimate;
import org.warrantlab.result.Greeks;

/**
 * The Greeks as a table (per warrant: bumped, pathwise and closed form one above the other; then the
 * book), as JSON, or as CSV (one row per tranche, method and Greek). JSON and CSV hold nothing that
 * depends on the clock or the thread count.
 */
public final class GreeksReport {

  /** The Greeks in output order, with how each is read from a {@link Greeks}. */
  private static final Map<String, Function<Greeks, Optional<Estimate>>> GREEKS = new LinkedHashMap<>();

  static {
    GREEKS.put("delta", g -> Optional.of(g.delta()));
    GREEKS.put("gamma", g -> Optional.of(g.gamma()));
    GREEKS.put("vega", g -> Optional.of(g.vega()));
    GREEKS.put("rho", g -> Optional.of(g.rho()));
    GREEKS.put("theta", Greeks::theta);
  }

  static final String UNITS = "Units: delta per 1.00 of share price; gamma per 1.00² of share price; vega per"
      + " 1.00 (100 points) of volatility; rho per 1.00 (100%) of the continuously compounded rate; theta per"
      + " year of calendar time (÷ 365 for a day). Per warrant unless in the book's rows, which weigh each"
      + " tranche's by its warrant count.";

  private GreeksReport() {
  }

  /** The Greeks in {@code format}; a table fits 120 columns unless {@code wide}. */
  public static String render(GreeksRun run, Format format, boolean wide) {
    return switch (format) {
      case TABLE -> table(run, wide);
      case JSON -> json(run);
      case CSV -> csv(run);
    };
  }

  private static String table(GreeksRun run, boolean wide) {
    BookGreeks greeks = run.greeks();
    Document document = Document.plain(wide);
    document.heading(1, "Greeks — " + run.source() + " — valuation date " + greeks.market().valuationDate());
    document.heading(2, "Inputs");
    document.table(StudyParts.inputs(greeks.market()));
    document.heading(2, "Per warrant");
    TextTable perWarrant = newTable("Tranche");
    for (TrancheGreeks tranche : greeks.tranches()) {
      String id = tranche.warrant().warrant().id();
      List<String> bumped = row(id, "bumped", StudyParts.precise(tranche.value()), tranche.bumped());
      if (NoisyGamma.of(tranche)) {
        bumped.set(4, bumped.get(4) + " " + NoisyGamma.MARK);
      }
      perWarrant.row(bumped);
      tranche.pathwise().ifPresent(p -> perWarrant.row(id, "pathwise", "", StudyParts.precise(p.delta()), "",
          StudyParts.precise(p.vega()), "", ""));
      tranche.closedForm().ifPresent(c -> perWarrant.row(row(id, "closed form",
          String.format(Locale.US, "%.6f", closedFormValue(tranche, greeks.market())), c)));
    }
    document.table(perWarrant);
    document.heading(2, "Book");
    TextTable book = newTable("");
    book.row(bookRow(greeks));
    document.table(book);
    if (TermBucketsReport.any(greeks)) {
      TermBucketsReport.table(document, greeks);
    }
    greeks.thetaUnavailable().ifPresent(reason -> document.paragraph("Theta: n/a, the valuation date cannot move a"
        + " day forward: " + reason + "."));
    if (greeks.tranches().stream().anyMatch(NoisyGamma::of)) {
      document.paragraph(NoisyGamma.NOTE);
    }
    document.paragraph(UNITS);
    document.paragraph(bumps(greeks) + " Pathwise delta and vega (no bump, no truncation error) and Black–Scholes"
        + " Greeks (× shares per warrant × dilution factor) where the tranche is plain: terms that cannot reset,"
        + " no financing assumptions.");
    document.paragraph("Simulation: " + StudyParts.simulationText(greeks.settings(), greeks.simulatedPaths()) + "; "
        + StudyParts.run(greeks.settings().threads(), run.elapsed()) + ".");
    StudyParts.audit(run.audit(), document);
    StudyParts.notes(run.input(), document);
    return document.text();
  }

  private static TextTable newTable(String first) {
    return new TextTable(List.of(first, "Method", "Value", "Delta", "Gamma", "Vega", "Rho", "Theta"), 2);
  }

  private static List<String> row(String id, String method, String value, Greeks greeks) {
    List<String> cells = new ArrayList<>(List.of(id, method, value));
    GREEKS.values().forEach(greek -> cells.add(greek.apply(greeks).map(StudyParts::precise).orElse("n/a")));
    return cells;
  }

  private static List<String> bookRow(BookGreeks greeks) {
    List<String> cells = new ArrayList<>(List.of("Total", "bumped", money(greeks.totalValue())));
    GREEKS.values().forEach(greek -> cells.add(greek.apply(greeks.total()).map(GreeksReport::money).orElse("n/a")));
    return cells;
  }

  private static String money(Estimate estimate) {
    return String.format(Locale.US, "%,.0f ± %,.0f", estimate.value(), estimate.standardError());
  }

  private static double closedFormValue(TrancheGreeks tranche, MarketData market) {
    return ClosedFormWarrantPricer.DEFAULT.europeanPerWarrant(tranche.warrant(), market);
  }

  private static String bumps(BookGreeks greeks) {
    Bumps bumps = greeks.bumps();
    MarketData market = greeks.market();
    String every = market.volatility().scalar().isPresent() ? "" : " (every point of the curve)";
    String rate = market.riskFreeRate().scalar().isPresent() ? "continuous rate"
        : "continuous zero rate at every point of the curve";
    String vega = market.volatility().lowest() >= bumps.volatility()
        ? String.format(Locale.US, "volatility ±%s%s", StudyParts.inputValue(bumps.volatility()), every)
        : String.format(Locale.US, "volatility +%s (forward difference: below the bump)",
            StudyParts.inputValue(bumps.volatility()));
    return String.format(Locale.US, "Bumped: share price ±%s%% (±%.4f), %s, %s ±%s, valuation date"
        + " +%d day%s; every scenario on the same paths (common random numbers), each Greek's standard error that"
        + " of its finite difference path by path.", StudyParts.inputValue(100 * bumps.spotFraction()),
        bumps.spotFraction() * market.spot(), vega, rate, StudyParts.inputValue(bumps.rate()), bumps.days(),
        bumps.days() == 1 ? "" : "s");
  }

  private static String json(GreeksRun run) {
    BookGreeks greeks = run.greeks();
    ObjectNode root = Serialized.object();
    root.set("audit", AuditJson.of(run.audit()));
    root.put("source", run.source());
    ArrayNode notes = root.putArray("notes");
    run.input().notes().forEach(notes::add);
    root.set("market", StudyParts.market(greeks.market()));
    root.set("simulation", SettingsJson.simulation(greeks.settings(), greeks.simulatedPaths()));
    ObjectNode bumps = root.putObject("bumps");
    bumps.put("spotFraction", greeks.bumps().spotFraction());
    bumps.put("spot", greeks.bumps().spotFraction() * greeks.market().spot());
    bumps.put("volatility", greeks.bumps().volatility());
    bumps.put("rate", greeks.bumps().rate());
    bumps.put("days", greeks.bumps().days());
    root.put("units", UNITS);
    if (greeks.thetaUnavailable().isPresent()) {
      root.put("thetaUnavailable", greeks.thetaUnavailable().get());
    } else {
      root.putNull("thetaUnavailable");
    }
    ArrayNode warrants = root.putArray("warrants");
    for (TrancheGreeks tranche : greeks.tranches()) {
      Warrant warrant = tranche.warrant().warrant();
      ObjectNode node = warrants.addObject();
      node.put("id", warrant.id());
      node.put("count", warrant.count());
      node.put("exercisePrice", warrant.exercisePrice());
      node.put("expiryDate", warrant.expiryDate().toString());
      node.put("timeToExpiry", tranche.warrant().timeToExpiry());
      node.set("value", StudyParts.estimate(tranche.value()));
      node.set("bumped", greeks(tranche.bumped()));
      node.put("gammaNoisy", NoisyGamma.of(tranche));
      if (tranche.pathwise().isPresent()) {
        ObjectNode pathwise = node.putObject("pathwise");
        pathwise.set("delta", StudyParts.estimate(tranche.pathwise().get().delta()));
        pathwise.set("vega", StudyParts.estimate(tranche.pathwise().get().vega()));
      } else {
        node.putNull("pathwise");
      }
      if (tranche.closedForm().isPresent()) {
        ObjectNode closedForm = greeks(tranche.closedForm().get());
        closedForm.put("value", closedFormValue(tranche, greeks.market()));
        node.set("closedForm", closedForm);
      } else {
        node.putNull("closedForm");
      }
      if (TermBucketsReport.any(greeks)) {
        TermBucketsReport.json(node, tranche.byTerm(), greeks.market());
      }
    }
    ObjectNode book = root.putObject("book");
    book.set("value", StudyParts.estimate(greeks.totalValue()));
    book.set("bumped", greeks(greeks.total()));
    if (TermBucketsReport.any(greeks)) {
      TermBucketsReport.json(book, greeks.totalByTerm(), greeks.market());
    }
    return Serialized.json(root);
  }

  private static ObjectNode greeks(Greeks greeks) {
    ObjectNode node = Serialized.object();
    GREEKS.forEach((name, greek) -> {
      Optional<Estimate> estimate = greek.apply(greeks);
      if (estimate.isPresent()) {
        node.set(name, StudyParts.estimate(estimate.get()));
      } else {
        node.putNull(name);
      }
    });
    return node;
  }

  private static String csv(GreeksRun run) {
    BookGreeks greeks = run.greeks();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TrancheGreeks tranche : greeks.tranches()) {
      String id = tranche.warrant().warrant().id();
      rows.add(csvRow(greeks, id, "bumped", "value", tranche.value()));
      addGreeks(rows, greeks, id, "bumped", tranche.bumped());
      TermBucketsReport.csv(tranche.byTerm(), (measure, e) -> rows.add(csvRow(greeks, id, "bumped", measure, e)));
      tranche.pathwise().ifPresent(p -> {
        rows.add(csvRow(greeks, id, "pathwise", "delta", p.delta()));
        rows.add(csvRow(greeks, id, "pathwise", "vega", p.vega()));
      });
      tranche.closedForm().ifPresent(c -> {
        rows.add(csvRow(greeks, id, "closedForm", "value", Estimate.exact(closedFormValue(tranche, greeks.market()))));
        addGreeks(rows, greeks, id, "closedForm", c);
      });
    }
    rows.add(csvRow(greeks, "TOTAL", "bumped", "value", greeks.totalValue()));
    addGreeks(rows, greeks, "TOTAL", "bumped", greeks.total());
    TermBucketsReport.csv(greeks.totalByTerm(), (measure, e) -> rows.add(csvRow(greeks, "TOTAL", "bumped", measure, e)));
    rows.forEach(row -> AuditJson.csv(row, run.audit()));
    return Serialized.csv(AuditJson.columns(List.of("id", "method", "measure", "value", "standardError", "seed",
        "paths"), run.audit()), rows);
  }

  private static void addGreeks(List<Map<String, Object>> rows, BookGreeks book, String id, String method,
      Greeks greeks) {
    GREEKS.forEach((name, greek) -> greek.apply(greeks).ifPresent(e -> rows.add(csvRow(book, id, method, name, e))));
  }

  private static Map<String, Object> csvRow(BookGreeks book, String id, String method, String measure,
      Estimate estimate) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("method", method);
    row.put("measure", measure);
    row.put("value", estimate.value());
    row.put("standardError", estimate.standardError());
    row.put("seed", book.settings().seed());
    row.put("paths", book.simulatedPaths());
    return row;
  }
}
