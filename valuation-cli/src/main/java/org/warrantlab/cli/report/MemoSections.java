package org.warrantlab.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.cli.audit.Reperformance;
import org.warrantlab.cli.input.ReportingEntity;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.montecarlo.SimulationSettings;

/**
 * The parts of the roll-forward memo that let a reader judge and re-perform it: the entity and currency, the
 * methodology, each tranche's clause terms, the Level 3 ranges and weighted averages, the command that
 * re-performs each figure, and the audit trail.
 */
final class MemoSections {

  private MemoSections() {
  }

  /** "Entity: X. Amounts in USD." where the input names them. */
  static List<String> entity(ReportingEntity entity) {
    List<String> lines = new ArrayList<>();
    entity.name().ifPresent(name -> lines.add("Entity: " + name + "."));
    entity.currency().ifPresent(currency -> lines.add("Currency: " + currency + "."));
    return lines;
  }

  static void methodology(Document document, SimulationSettings settings) {
    document.heading(2, "Methodology");
    document.paragraph("Model: the share price follows risk-neutral geometric Brownian motion, stepped exactly in"
        + " logs over trading days (weekdays), years ACT/365F; each path simulates the assumed financings, and"
        + " every down round resets the exercise price (and shares per warrant) as the tranche's clause says; a"
        + " warrant pays on its terms as they stand at exercise, diluted where its tranche says so."
        + " Sampling: " + sampling(settings) + ". Variance reduction: "
        + (settings.antitheticPairs() ? "antithetic pairs" : "none by pairing")
        + (settings.controlVariate() ? "; the Black–Scholes value as a control variate where a tranche has one" : "")
        + ". Seed and reproducibility: seed " + settings.seed() + " on every measurement date, so each figure is"
        + " the same to the last digit on any machine and any thread count, and `warrantlab value` on the"
        + " emitted input of a measurement prints it again. Conventions (days, financing windows, same-day order,"
        + " VWAP, weighted-average A and B, floors, post-money price, dilution, rounding): the README's"
        + " \"Model conventions\" section.");
  }

  static void terms(Document document, LiabilityRollForward result) {
    document.heading(2, "Tranches and their clause terms");
    List<String> lines = new ArrayList<>();
    for (Warrant warrant : result.plan().tranches()) {
      lines.add(String.format(Locale.US, "%s: %s warrants on %s share%s each at %s, issued %s, expiring %s, %s"
          + " exercise%s; anti-dilution: %s.", warrant.id(), Amounts.count(warrant.count()),
          Amounts.price(warrant.sharesPerWarrant()), warrant.sharesPerWarrant() == 1 ? "" : "s",
          Amounts.price(warrant.exercisePrice()), warrant.issueDate(), warrant.expiryDate(),
          capitalised(warrant.exerciseStyle().name()),
          warrant.dilution() == Dilution.NONE ? "" : ", diluted (N / (N + M))", TermsText.protection(warrant)));
    }
    document.bullets(lines);
  }

  static void ranges(Document document, LiabilityRollForward result) {
    document.heading(2, "Level 3 inputs: ranges and weighted averages");
    document.paragraph("Per measurement date, each input's range over the tranches outstanding and its average"
        + " weighted by their fair values (ASC 820-10-50-2(bbb)).");
    TextTable table = new TextTable(List.of("Date", "Input", "Low", "High", "Weighted average"), 2);
    for (Map<String, Object> row : Level3Ranges.rows(result)) {
      Level3Ranges.Input input = Level3Ranges.Input.valueOf((String) row.get("input"));
      Object average = row.get("weightedAverage");
      table.row((String) row.get("date"), input.caption() + (row.containsKey("calibrated") ? " (calibrated)" : ""), figure(input, (Double) row.get("low")),
          figure(input, (Double) row.get("high")), average == null ? "n/a" : figure(input, (Double) average));
    }
    document.table(table);
  }

  static void reperformance(Document document, RollForwardRun run) {
    document.heading(2, "Re-performing each figure");
    String directory = run.inputsDirectory().orElse("DIR");
    document.paragraph((run.inputsDirectory().isPresent() ? "The inputs below were written to " + directory
        : "`warrantlab rollforward " + run.source() + " --emit-inputs DIR` writes the inputs below to DIR")
        + "; each is the `value` input of one measurement, with the same settings and seed, and prints the figure"
        + " booked.");
    TextTable table = new TextTable(List.of("Command", "Prints"), 2);
    for (Reperformance.Measurement measurement : run.reperformance()) {
      table.row("`warrantlab value " + directory + "/" + measurement.file() + "`", measurement.figure());
    }
    document.table(table);
  }

  static void audit(Document document, RollForwardRun run) {
    document.heading(2, "Audit trail");
    document.paragraph(run.audit().sentence());
  }

  /** EUROPEAN as "European". */
  private static String capitalised(String name) {
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  private static String sampling(SimulationSettings settings) {
    return String.format(Locale.US, "%,d paths%s", settings.simulatedPaths(), SamplingText.paths(settings))
        + (settings.sampling().quasiRandom() ? "" : " of pseudo-random numbers (Xoshiro256++, one stream per block"
        + " of paths seeded from the seed and the block)");
  }

  private static String figure(Level3Ranges.Input input, double value) {
    return switch (input) {
      case EXERCISE_PRICE -> Amounts.price(value);
      case TERM_YEARS -> String.format(Locale.US, "%.3f", value);
      case VOLATILITY, RISK_FREE_RATE, DIVIDEND_YIELD -> Amounts.percent(value);
    };
  }
}
