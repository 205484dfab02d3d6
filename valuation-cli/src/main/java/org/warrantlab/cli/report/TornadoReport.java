package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warrantlab.sweep.Measure;
import org.warrantlab.sweep.Tornado;
import org.warrantlab.sweep.TornadoBar;
import org.warrantlab.sweep.TornadoSetting;

/**
 * The sensitivity of the value to each input taken alone, widest swing first: the table a Level 3
 * disclosure needs, as text, JSON or CSV.
 */
public final class TornadoReport {

  private TornadoReport() {
  }

  /** The tornado in {@code format}; a table fits 120 columns unless {@code wide}. */
  public static String render(TornadoRun run, Format format, boolean wide) {
    return switch (format) {
      case TABLE -> table(run, wide);
      case JSON -> json(run);
      case CSV -> csv(run);
    };
  }

  /** The chart's title: what is measured, of which file. */
  public static String title(TornadoRun run) {
    return "Sensitivity of " + run.tornado().measure().label().toLowerCase(Locale.ROOT) + " to each input";
  }

  private static String table(TornadoRun run, boolean wide) {
    Tornado tornado = run.tornado();
    Measure measure = tornado.measure();
    Document document = Document.plain(wide);
    document.heading(1, title(run) + " — " + run.source() + " — valuation date "
        + run.input().market().valuationDate());
    document.heading(2, "Inputs in the file");
    document.table(StudyParts.inputs(run.input().market()));
    document.paragraph("Base (every input as in the file): " + StudyParts.estimate(measure, tornado.base())
        + ". Each input moved alone to its low and its high"
        + " setting, every other input as in the file, widest swing first:");
    document.table(bars(tornado));
    document.paragraph("Defaults: share price and volatility ±10% of their values; risk-free rate and dividend"
        + " yield ±1 point (never pushed below 0); term: every tranche's remaining term ±10%; each financing's"
        + " probability ±0.25 (within 0 and 1) or Poisson intensity ×0.5 and ×1.5, and its discount ±5 points."
        + " --range PATH=LOW:HIGH sets an input's own. Every valuation uses the same seed, so the swings are"
        + " differences on common paths, more precise than each value's standard error ("
        + StudyParts.figure(measure, tornado.base().standardError()) + " for the base).");
    document.paragraph("Simulation: " + StudyParts.simulationText(run.settings(), run.settings().simulatedPaths())
        + " in every valuation; " + StudyParts.run(run.threads(), run.elapsed()) + ".");
    StudyParts.audit(run.audit(), document);
    StudyParts.notes(run.input(), document);
    return document.text();
  }

  /** The bars as a table, widest first: each input's settings, the values at them and the swing. */
  static TextTable bars(Tornado tornado) {
    Measure measure = tornado.measure();
    TextTable table = new TextTable(List.of("Input", "Low", "High", "Value at low", "Value at high", "Swing"));
    for (TornadoBar bar : tornado.bars()) {
      table.row(bar.input(), bar.low(), bar.high(), StudyParts.figure(measure, bar.atLow().value()),
          StudyParts.figure(measure, bar.atHigh().value()), StudyParts.figure(measure, bar.swing()));
    }
    return table;
  }

  private static String json(TornadoRun run) {
    Tornado tornado = run.tornado();
    ObjectNode root = Serialized.object();
    root.set("audit", AuditJson.of(run.audit()));
    root.put("source", run.source());
    root.set("market", StudyParts.market(run.input().market()));
    root.set("simulation", SettingsJson.simulation(run.settings(), run.settings().simulatedPaths()));
    root.set("measure", StudyParts.measure(tornado.measure()));
    root.set("base", StudyParts.estimate(tornado.base()));
    ArrayNode bars = root.putArray("inputs");
    for (TornadoBar bar : tornado.bars()) {
      ObjectNode node = bars.addObject();
      node.put("input", bar.input());
      node.put("low", bar.low());
      node.put("high", bar.high());
      node.put("lowSetting", bar.setting().low());
      node.put("highSetting", bar.setting().high());
      node.put("settingUnit", unit(bar.setting().unit()));
      node.set("atLow", StudyParts.estimate(bar.atLow()));
      node.set("atHigh", StudyParts.estimate(bar.atHigh()));
      node.put("swing", bar.swing());
    }
    return Serialized.json(root);
  }

  private static String csv(TornadoRun run) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TornadoBar bar : run.tornado().bars()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("input", bar.input());
      row.put("low", bar.setting().low());
      row.put("high", bar.setting().high());
      row.put("settingUnit", unit(bar.setting().unit()));
      row.put("valueAtLow", bar.atLow().value());
      row.put("standardErrorAtLow", bar.atLow().standardError());
      row.put("valueAtHigh", bar.atHigh().value());
      row.put("standardErrorAtHigh", bar.atHigh().standardError());
      row.put("swing", bar.swing());
      row.put("base", run.tornado().base().value());
      row.put("seed", run.settings().seed());
      rows.add(row);
    }
    rows.forEach(row -> AuditJson.csv(row, run.audit()));
    return Serialized.csv(AuditJson.columns(List.of("input", "low", "high", "settingUnit", "valueAtLow", "standardErrorAtLow",
        "valueAtHigh", "standardErrorAtHigh", "swing", "base", "seed"), run.audit()), rows);
  }

  /** What a setting's number is, as the machine-readable reports say it. */
  private static String unit(TornadoSetting.Unit unit) {
    return switch (unit) {
      case VALUE -> "value";
      case FRACTION -> "fraction";
      case RELATIVE_CHANGE -> "relative change, as a fraction";
      case SHIFT -> "shift of every point, as a fraction";
    };
  }
}
