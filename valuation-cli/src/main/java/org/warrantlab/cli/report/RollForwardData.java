package org.warrantlab.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.cli.report.RollForwardRows.Table;
import org.warrantlab.pricer.SimulationSettings;

/**
 * The roll-forward for programs: JSON with the settings, notes and every table; or CSV of one table.
 * Neither holds anything that depends on the clock or the thread count.
 */
public final class RollForwardData {

  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final CsvMapper CSV = new CsvMapper();

  private RollForwardData() {
  }

  public static String json(RollForwardRun run) {
    LiabilityRollForward result = run.result();
    SimulationSettings settings = result.plan().settings();
    ObjectNode root = JSON.createObjectNode();
    root.put("fiscalYearStart", result.plan().calendar().yearStart().toString().substring(2));
    root.put("openingDate", result.plan().opening().date().toString());
    ObjectNode simulation = root.putObject("simulation");
    simulation.put("paths", settings.simulatedPaths());
    simulation.put("seed", settings.seed());
    simulation.put("antithetic", settings.antithetic());
    simulation.put("controlVariate", settings.controlVariate());
    var notes = root.putArray("notes");
    run.input().notes().forEach(notes::add);
    for (Table table : Table.values()) {
      root.set(table.name().toLowerCase(Locale.ROOT), JSON.valueToTree(RollForwardRows.of(table, result)));
    }
    try {
      return JSON.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the JSON report", e);
    }
  }

  public static String csv(RollForwardRun run, Table table) {
    List<Map<String, Object>> rows = RollForwardRows.of(table, run.result());
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    table.columns().forEach(schema::addColumn);
    try {
      return CSV.writer(schema.build()).writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the CSV report", e);
    }
  }
}
