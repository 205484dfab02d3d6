package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.accounting.ReportingDateMeasurement;
import org.warrantlab.accounting.ReportingPeriod;
import org.warrantlab.attribution.RollForwardAttribution;
import org.warrantlab.cli.audit.Reperformance;
import org.warrantlab.cli.input.AssumptionsJson;
import org.warrantlab.cli.input.EventJson;
import org.warrantlab.cli.input.InputDocuments;
import org.warrantlab.cli.report.RollForwardRows.Table;
import org.warrantlab.montecarlo.SimulationSettings;

/**
 * The roll-forward for programs: JSON with the audit trail, settings, notes, every table, the Level 3 ranges,
 * the re-performance inputs and the input echoed in its own shape; or CSV of one table, each row with the audit
 * trail. Neither holds anything that depends on the clock or the thread count.
 */
public final class RollForwardData {

  private RollForwardData() {
  }

  public static String json(RollForwardRun run) {
    return json(run, Optional.empty());
  }

  /** The JSON with, where given, an {@code attribution} field splitting each period's change in fair value. */
  public static String json(RollForwardRun run, Optional<RollForwardAttribution> attribution) {
    LiabilityRollForward result = run.result();
    SimulationSettings settings = result.plan().settings();
    ObjectNode root = Serialized.object();
    root.set("audit", AuditJson.of(run.audit()));
    root.put("fiscalYearStart", result.plan().calendar().yearStart().toString().substring(2));
    root.put("openingDate", result.plan().opening().date().toString());
    ObjectNode simulation = root.putObject("simulation");
    simulation.put("paths", settings.simulatedPaths());
    simulation.put("seed", settings.seed());
    simulation.put("antithetic", settings.antitheticPairs());
    simulation.put("controlVariate", settings.controlVariate());
    SamplingText.json(simulation, settings);
    var notes = root.putArray("notes");
    run.input().notes().forEach(notes::add);
    for (Table table : Table.values()) {
      root.set(table.name().toLowerCase(Locale.ROOT), Serialized.tree(RollForwardRows.of(table, result)));
    }
    structureEvents((ArrayNode) root.get("events"), result);
    structureFinancings((ArrayNode) root.get("level3"), result);
    root.set("level3Ranges", Serialized.tree(Level3Ranges.rows(result)));
    if (!result.calibrations().isEmpty()) {
      root.set("calibrations", Serialized.tree(CalibrationSection.rows(result)));
    }
    ArrayNode reperformance = root.putArray("reperformance");
    for (Reperformance.Measurement measurement : run.reperformance()) {
      ObjectNode node = reperformance.addObject();
      node.put("file", measurement.file());
      node.put("figure", measurement.figure());
    }
    root.set("input", InputDocuments.rollForwardInput(run.input()));
    attribution.ifPresent(split -> root.set("attribution", AttributionRows.json(result, split)));
    return Serialized.json(root);
  }

  /** The rows of {@code --table attribution}, each with the audit trail. */
  public static String attributionCsv(RollForwardRun run, RollForwardAttribution attribution) {
    List<Map<String, Object>> rows = AttributionRows.of(run.result(), attribution);
    rows.forEach(row -> AuditJson.csv(row, run.audit()));
    return Serialized.csv(AuditJson.columns(AttributionRows.COLUMNS, run.audit()), rows);
  }

  /** The rows of {@code --table level3ranges}: per date and input, its range and fair-value-weighted average. */
  public static String level3RangesCsv(RollForwardRun run) {
    List<String> columns = new ArrayList<>(Level3Ranges.COLUMNS);
    columns.add("calibrated");
    List<Map<String, Object>> rows = Level3Ranges.rows(run.result());
    rows.forEach(row -> AuditJson.csv(row, run.audit()));
    return Serialized.csv(AuditJson.columns(columns, run.audit()), rows);
  }

  public static String csv(RollForwardRun run, Table table) {
    List<String> columns = new ArrayList<>(table.columns());
    columns.addAll(run.audit().fields().keySet());
    List<Map<String, Object>> rows = RollForwardRows.of(table, run.result());
    rows.forEach(row -> AuditJson.csv(row, run.audit()));
    return Serialized.csv(columns, rows);
  }

  /** Each event row gains the event as the input states it, under {@code input}. */
  private static void structureEvents(ArrayNode rows, LiabilityRollForward result) {
    int index = 0;
    for (ReportingPeriod period : result.plan().periods()) {
      for (int e = 0; e < period.events().size(); e++) {
        ((ObjectNode) rows.get(index)).set("input",
            EventJson.event(result.events().get(index).event(), period.closing().financings()));
        index++;
      }
    }
  }

  /** Each Level 3 row's financing assumptions as the input states them, not in words. */
  private static void structureFinancings(ArrayNode rows, LiabilityRollForward result) {
    int index = 0;
    for (ReportingDateMeasurement measurement : result.measurements()) {
      JsonNode financings = AssumptionsJson.financings(measurement.inputs().financings());
      for (int t = 0; t < measurement.tranches().size(); t++) {
        ((ObjectNode) rows.get(index++)).set("financingAssumptions", financings.deepCopy());
      }
    }
  }
}
