package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.TrancheValuation;
import org.warrantlab.result.Estimate;
import org.warrantlab.sweep.Measure;

/**
 * The estimate at growing path counts: a table with the 95% interval and SE × √paths (flat when the
 * error falls as 1/√n), JSON with every tranche of every run, or CSV of the followed figure.
 */
public final class ConvergenceReport {

  private ConvergenceReport() {
  }

  /** The convergence in {@code format}; a table fits 120 columns unless {@code wide}. */
  public static String render(ConvergenceRun run, Format format, boolean wide) {
    return switch (format) {
      case TABLE -> table(run, wide);
      case JSON -> json(run);
      case CSV -> csv(run);
    };
  }

  private static String table(ConvergenceRun run, boolean wide) {
    Measure measure = run.measure();
    Document document = Document.plain(wide);
    document.heading(1, "Convergence — " + run.source() + " — valuation date " + run.input().market().valuationDate());
    document.paragraph(measure.label() + " at growing path counts, each run with the same seed (each run's"
        + " paths begin with the previous run's).");
    TextTable table = new TextTable(List.of("Paths", "Estimate", "Std error", "95% interval", "SE × √paths"));
    for (BookValuation valuation : run.runs()) {
      Estimate estimate = measure.of(valuation);
      table.row(Amounts.count(valuation.simulatedPaths()), StudyParts.figure(measure, estimate.value()),
          StudyParts.figure(measure, estimate.standardError()),
          StudyParts.figure(measure, estimate.lower95()) + " – " + StudyParts.figure(measure, estimate.upper95()),
          StudyParts.figure(measure, estimate.standardError() * Math.sqrt(valuation.simulatedPaths())));
    }
    document.table(table);
    BookValuation last = run.runs().get(run.runs().size() - 1);
    boolean exact = run.runs().stream().allMatch(valuation -> measure.of(valuation).standardError() == 0);
    document.paragraph((exact
        ? "Every run's standard error is 0: the figure does not vary from path to path (a tranche with a closed"
            + " form pays exactly its control variate, so it is valued at the closed form), and more paths do not"
            + " change it."
        : last.settings().sampling().quasiRandom()
        ? "With randomised Sobol points the standard error falls faster than 1/√paths where the payoff is smooth,"
            + " so SE × √paths tends to shrink; each standard error comes from the randomisations alone and is"
            + " itself uncertain by about 1/√(2 (randomisations - 1)), 18% with 16."
        : "The standard error falls as 1/√paths: SE × √paths stays about constant, so four times the paths halve"
            + " the error.")
        + " Largest run: " + StudyParts.simulationText(last.settings(), last.simulatedPaths())
        + "; " + StudyParts.run(run.threads(), run.elapsed()) + ".");
    StudyParts.audit(run.audit(), document);
    StudyParts.notes(run.input(), document);
    return document.text();
  }

  private static String json(ConvergenceRun run) {
    ObjectNode root = Serialized.object();
    root.set("audit", AuditJson.of(run.audit()));
    root.put("source", run.source());
    root.set("market", StudyParts.market(run.input().market()));
    root.set("measure", StudyParts.measure(run.measure()));
    BookValuation last = run.runs().get(run.runs().size() - 1);
    root.set("simulation", SettingsJson.simulation(last.settings(), last.simulatedPaths()));
    ArrayNode runs = root.putArray("runs");
    for (BookValuation valuation : run.runs()) {
      Estimate estimate = run.measure().of(valuation);
      ObjectNode node = runs.addObject();
      node.put("paths", valuation.simulatedPaths());
      node.put("estimate", estimate.value());
      node.put("standardError", estimate.standardError());
      node.put("ci95Lower", estimate.lower95());
      node.put("ci95Upper", estimate.upper95());
      node.put("totalFairValue", valuation.total().value());
      node.put("totalStandardError", valuation.total().standardError());
      ArrayNode warrants = node.putArray("warrants");
      for (TrancheValuation tranche : valuation.tranches()) {
        ObjectNode warrant = warrants.addObject();
        warrant.put("id", tranche.warrant().warrant().id());
        warrant.put("fairValuePerWarrant", tranche.perWarrant().value());
        warrant.put("standardError", tranche.perWarrant().standardError());
      }
    }
    return Serialized.json(root);
  }

  private static String csv(ConvergenceRun run) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (BookValuation valuation : run.runs()) {
      Estimate estimate = run.measure().of(valuation);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("paths", valuation.simulatedPaths());
      row.put("estimate", estimate.value());
      row.put("standardError", estimate.standardError());
      row.put("ci95Lower", estimate.lower95());
      row.put("ci95Upper", estimate.upper95());
      row.put("seed", valuation.settings().seed());
      rows.add(row);
    }
    rows.forEach(row -> AuditJson.csv(row, run.audit()));
    return Serialized.csv(AuditJson.columns(List.of("paths", "estimate", "standardError", "ci95Lower", "ci95Upper",
        "seed"), run.audit()), rows);
  }
}
