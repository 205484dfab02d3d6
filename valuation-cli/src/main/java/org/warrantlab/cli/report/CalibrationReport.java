package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warrantlab.calibration.Calibration;
import org.warrantlab.calibration.CalibrationTarget;

/**
 * The input at which the model recovers a price, with its standard error, the value reached, the bracket
 * and the work done: as text, JSON or CSV, each with the audit trail.
 */
public final class CalibrationReport {

  private static final List<String> COLUMNS = List.of("solvedInput", "solvedValue", "solvedValueStandardError",
      "fileValue", "targetPrice", "achievedPrice", "achievedPriceStandardError", "distance", "slope", "searchedLower",
      "searchedUpper", "bracketLower", "bracketUpper", "iterations", "valuations", "paths", "seed");

  private CalibrationReport() {
  }

  /** The calibration in {@code format}; a table fits 120 columns unless {@code wide}. */
  public static String render(CalibrationRun run, Format format, boolean wide) {
    return switch (format) {
      case TABLE -> table(run, wide);
      case JSON -> json(run);
      case CSV -> csv(run);
    };
  }

  private static String table(CalibrationRun run, boolean wide) {
    Calibration c = run.calibration();
    Document document = Document.plain(wide);
    document.heading(1, "Calibration of " + run.path() + " — " + run.source() + " — valuation date "
        + run.input().market().valuationDate());
    document.heading(2, "Inputs in the file");
    document.table(StudyParts.inputs(run.input().market()));
    document.paragraph("Target: the " + c.target().label() + " equal to " + money(c.target(), c.targetPrice())
        + ", solving for " + run.path() + " (in the file: " + run.fileValue().stream()
        .mapToObj(StudyParts::inputValue).findFirst().orElse("not given, its default") + ").");
    TextTable table = new TextTable(List.of("Result", "Value"))
        .row("Solved " + run.path(), String.format(Locale.US, "%.6f ± %.6f", c.inputValue(), c.inputStandardError()))
        .row("Model value at the solved input", money(c.target(), c.achieved().value()) + " ± "
            + money(c.target(), c.achieved().standardError()))
        .row("Distance from the price", String.format(Locale.US, "%.3g", c.distance()))
        .row("Slope (value per unit of input)", String.format(Locale.US, "%.6g", c.slope()))
        .row("Range allowed", StudyParts.inputValue(c.searched().lower()) + " to "
            + StudyParts.inputValue(c.searched().upper()))
        .row("Final bracket", String.format(Locale.US, "%.9f to %.9f", c.bracketLower(), c.bracketUpper()))
        .row("Valuations", c.iterations() + " by the solver, " + (c.valuations() - c.iterations())
            + " for the slope");
    document.table(table);
    document.paragraph("The solved input's standard error is the value's standard error over the slope: how far"
        + " the input could move on other random numbers. Every trial uses the same seed, so the value is a"
        + " smooth function of the input and the solver converges as on a formula; a tranche with a"
        + " Black–Scholes value is matched at it.");
    document.paragraph("Simulation: " + StudyParts.simulationText(run.settings(), c.paths()) + " in every valuation; "
        + StudyParts.run(run.settings().threads(), run.elapsed()) + ".");
    StudyParts.audit(run.audit(), document);
    StudyParts.notes(run.input(), document);
    return document.text();
  }

  private static String money(CalibrationTarget target, double value) {
    return target.basis() == CalibrationTarget.Basis.PER_WARRANT ? String.format(Locale.US, "%.4f", value)
        : String.format(Locale.US, "%,.2f", value);
  }

  private static String json(CalibrationRun run) {
    Calibration c = run.calibration();
    ObjectNode root = Serialized.object();
    root.set("audit", AuditJson.of(run.audit()));
    root.put("source", run.source());
    root.set("market", StudyParts.market(run.input().market()));
    root.set("simulation", SettingsJson.simulation(run.settings(), c.paths()));
    ObjectNode target = root.putObject("target");
    target.putPOJO("tranches", c.target().tranches());
    target.put("per", c.target().basis() == CalibrationTarget.Basis.PER_WARRANT ? "warrant" : "total");
    row(run).forEach((key, value) -> {
      if (!key.equals("seed")) {
        root.putPOJO(key, value);
      }
    });
    return Serialized.json(root);
  }

  /** The one row, with the audit trail; the row's own paths and seed stay. */
  private static String csv(CalibrationRun run) {
    Map<String, Object> row = row(run);
    AuditJson.csv(row, run.audit());
    return Serialized.csv(AuditJson.columns(COLUMNS, run.audit()), List.of(row));
  }

  private static Map<String, Object> row(CalibrationRun run) {
    Calibration c = run.calibration();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("solvedInput", run.path());
    row.put("solvedValue", c.inputValue());
    row.put("solvedValueStandardError", c.inputStandardError());
    row.put("fileValue", run.fileValue().isPresent() ? run.fileValue().getAsDouble() : null);
    row.put("targetPrice", c.targetPrice());
    row.put("achievedPrice", c.achieved().value());
    row.put("achievedPriceStandardError", c.achieved().standardError());
    row.put("distance", c.distance());
    row.put("slope", c.slope());
    row.put("searchedLower", c.searched().lower());
    row.put("searchedUpper", c.searched().upper());
    row.put("bracketLower", c.bracketLower());
    row.put("bracketUpper", c.bracketUpper());
    row.put("iterations", c.iterations());
    row.put("valuations", c.valuations());
    row.put("paths", c.paths());
    row.put("seed", run.settings().seed());
    return row;
  }
}
