package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.attribution.RollForwardAttribution;
import org.warrantlab.cli.report.RollForwardRows.Table;
import org.warrantlab.montecarlo.SimulationSettings;

/**
 * The roll-forward for programs: JSON with the settings, notes and every table; or CSV of one table.
 * Neither holds anything that depends on the clock or the thread count.
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
    attribution.ifPresent(split -> root.set("attribution", AttributionRows.json(result, split)));
    return Serialized.json(root);
  }

  /** The rows of {@code --table attribution}. */
  public static String attributionCsv(RollForwardRun run, RollForwardAttribution attribution) {
    return Serialized.csv(AttributionRows.COLUMNS, AttributionRows.of(run.result(), attribution));
  }

  public static String csv(RollForwardRun run, Table table) {
    return Serialized.csv(table.columns(), RollForwardRows.of(table, run.result()));
  }
}
