package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.TrancheValuation;
import org.warrantlab.sweep.Measure;
import org.warrantlab.sweep.SweepAxis;
import org.warrantlab.sweep.SweepGrid;

/**
 * A sweep as a table (one row per value for one input; a grid of the followed figure and one of its
 * standard errors for two), as JSON (every cell with every tranche) or as CSV (a row per tranche and a
 * TOTAL row per cell). JSON and CSV hold nothing that depends on the clock or the thread count.
 */
public final class SweepReport {

  private SweepReport() {
  }

  /**
   * @param fileValues each axis's value in the file, where the file states it
   * @param wide whether a table may run wider than 120 columns
   */
  public static String render(SweepRun run, List<OptionalDouble> fileValues, Format format, boolean wide) {
    return switch (format) {
      case TABLE -> table(run, fileValues, wide);
      case JSON -> json(run, fileValues);
      case CSV -> csv(run);
    };
  }

  private static String table(SweepRun run, List<OptionalDouble> fileValues, boolean wide) {
    Document document = Document.plain(wide);
    document.heading(1, "Sensitivity sweep — " + run.source() + " — valuation date "
        + run.base().market().valuationDate());
    List<String> varied = new ArrayList<>();
    for (int a = 0; a < run.grid().dimensions(); a++) {
      SweepAxis axis = run.grid().axis(a);
      varied.add(axis.input() + ": " + axis.size() + " value" + (axis.size() == 1 ? "" : "s") + " from "
          + StudyParts.inputValue(axis.value(0)) + " to " + StudyParts.inputValue(axis.value(axis.size() - 1))
          + fileValues.get(a).stream().mapToObj(v -> " (the file: " + StudyParts.inputValue(v) + ")").findFirst()
          .orElse(" (the file: not given)"));
    }
    document.paragraph("Varied, every other input as in the file:");
    document.bullets(varied);
    document.heading(2, "Inputs in the file");
    document.table(StudyParts.inputs(run.base().market()));
    if (run.grid().dimensions() == 1) {
      document.heading(2, "Fair value by " + run.grid().axis(0).input());
      document.table(rows(run));
    } else {
      document.heading(2, run.measure().label() + " (rows " + run.grid().axis(0).input() + ", columns "
          + run.grid().axis(1).input() + ")");
      document.table(grid(run, false));
      document.heading(2, "Standard errors");
      document.table(grid(run, true));
    }
    BookValuation first = run.cells().get(0);
    document.paragraph("Simulation: " + StudyParts.simulationText(first.settings(), first.simulatedPaths())
        + ", the same in every cell (common random numbers: neighbouring cells differ by their inputs, not by"
        + " their noise, so their difference is far more precise than each cell's standard error suggests); "
        + StudyParts.run(run.threads(), run.elapsed()) + ".");
    StudyParts.audit(run.audit(), document);
    StudyParts.notes(run.base(), document);
    return document.text();
  }

  /** One input: a row per value with the total and each tranche's value per warrant. */
  private static TextTable rows(SweepRun run) {
    SweepAxis axis = run.grid().axis(0);
    List<String> headers = new ArrayList<>(List.of(axis.input(), "Total fair value ± std error"));
    for (TrancheValuation tranche : run.cells().get(0).tranches()) {
      headers.add(tranche.warrant().warrant().id() + " per warrant");
    }
    TextTable table = new TextTable(headers);
    for (int i = 0; i < axis.size(); i++) {
      BookValuation cell = run.cells().get(i);
      List<String> row = new ArrayList<>(List.of(StudyParts.inputValue(axis.value(i)),
          StudyParts.estimate(Measure.TOTAL, cell.total())));
      for (TrancheValuation tranche : cell.tranches()) {
        row.add(StudyParts.perWarrant(tranche.perWarrant()));
      }
      table.row(row);
    }
    return table;
  }

  /** Two inputs: the followed figure (or its standard error) in a grid, the first input down the side. */
  private static TextTable grid(SweepRun run, boolean standardErrors) {
    SweepGrid grid = run.grid();
    List<String> headers = new ArrayList<>(List.of(grid.axis(0).input() + " \\ " + grid.axis(1).input()));
    grid.axis(1).values().forEach(value -> headers.add(StudyParts.inputValue(value)));
    TextTable table = new TextTable(headers);
    for (int i = 0; i < grid.axis(0).size(); i++) {
      List<String> row = new ArrayList<>(List.of(StudyParts.inputValue(grid.axis(0).value(i))));
      for (int j = 0; j < grid.columns(); j++) {
        var estimate = run.measured(i * grid.columns() + j);
        row.add(StudyParts.figure(run.measure(), standardErrors ? estimate.standardError() : estimate.value()));
      }
      table.row(row);
    }
    return table;
  }

  private static String json(SweepRun run, List<OptionalDouble> fileValues) {
    ObjectNode root = Serialized.object();
    root.set("audit", AuditJson.of(run.audit()));
    root.put("source", run.source());
    ArrayNode notes = root.putArray("notes");
    run.base().notes().forEach(notes::add);
    root.set("market", StudyParts.market(run.base().market()));
    BookValuation first = run.cells().get(0);
    root.set("simulation", SettingsJson.simulation(first.settings(), first.simulatedPaths()));
    root.set("measure", StudyParts.measure(run.measure()));
    ArrayNode axes = root.putArray("axes");
    for (int a = 0; a < run.grid().dimensions(); a++) {
      SweepAxis axis = run.grid().axis(a);
      ObjectNode node = axes.addObject();
      node.put("input", axis.input());
      if (fileValues.get(a).isPresent()) {
        node.put("fileValue", fileValues.get(a).getAsDouble());
      } else {
        node.putNull("fileValue");
      }
      ArrayNode values = node.putArray("values");
      axis.values().forEach(values::add);
    }
    ArrayNode cells = root.putArray("cells");
    for (int cell = 0; cell < run.cells().size(); cell++) {
      cells.add(cell(run, cell));
    }
    return Serialized.json(root);
  }

  private static ObjectNode cell(SweepRun run, int cell) {
    BookValuation valuation = run.cells().get(cell);
    ObjectNode node = Serialized.object();
    ObjectNode inputs = node.putObject("inputs");
    double[] at = run.grid().coordinates(cell);
    for (int a = 0; a < at.length; a++) {
      inputs.put(run.grid().axis(a).input(), at[a]);
    }
    node.put("paths", valuation.simulatedPaths());
    node.put("seed", valuation.settings().seed());
    node.put("totalFairValue", valuation.total().value());
    node.put("totalStandardError", valuation.total().standardError());
    ArrayNode warrants = node.putArray("warrants");
    for (TrancheValuation tranche : valuation.tranches()) {
      ObjectNode warrant = warrants.addObject();
      warrant.put("id", tranche.warrant().warrant().id());
      warrant.put("fairValuePerWarrant", tranche.perWarrant().value());
      warrant.put("standardError", tranche.perWarrant().standardError());
      warrant.put("fairValue", tranche.fairValue().value());
      warrant.put("fairValueStandardError", tranche.fairValue().standardError());
    }
    return node;
  }

  private static String csv(SweepRun run) {
    List<String> columns = new ArrayList<>();
    run.grid().axes().forEach(axis -> columns.add(axis.input()));
    columns.addAll(List.of("id", "fairValuePerWarrant", "standardError", "fairValue", "fairValueStandardError",
        "seed", "paths"));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int cell = 0; cell < run.cells().size(); cell++) {
      BookValuation valuation = run.cells().get(cell);
      Map<String, Object> inputs = new LinkedHashMap<>();
      double[] at = run.grid().coordinates(cell);
      for (int a = 0; a < at.length; a++) {
        inputs.put(run.grid().axis(a).input(), at[a]);
      }
      for (TrancheValuation tranche : valuation.tranches()) {
        Map<String, Object> row = new LinkedHashMap<>(inputs);
        row.put("id", tranche.warrant().warrant().id());
        row.put("fairValuePerWarrant", tranche.perWarrant().value());
        row.put("standardError", tranche.perWarrant().standardError());
        row.put("fairValue", tranche.fairValue().value());
        row.put("fairValueStandardError", tranche.fairValue().standardError());
        row.put("seed", valuation.settings().seed());
        row.put("paths", valuation.simulatedPaths());
        rows.add(row);
      }
      Map<String, Object> total = new LinkedHashMap<>(inputs);
      total.put("id", "TOTAL");
      total.put("fairValue", valuation.total().value());
      total.put("fairValueStandardError", valuation.total().standardError());
      total.put("seed", valuation.settings().seed());
      total.put("paths", valuation.simulatedPaths());
      rows.add(total);
    }
    rows.forEach(row -> AuditJson.csv(row, run.audit()));
    return Serialized.csv(AuditJson.columns(columns, run.audit()), rows);
  }
}
