package org.warrantlab.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.TrancheValuation;
import org.warrantlab.result.Estimate;

/** The valuation as CSV: one row per tranche and a final TOTAL row, each with the audit trail; numbers at full precision. */
public final class CsvReport {

  private static final List<String> COLUMNS = List.of("id", "count", "sharesPerWarrant", "exercisePrice",
      "expiryDate", "fairValuePerWarrant", "standardError", "ci95Lower", "ci95Upper", "closedFormPerWarrant",
      "fairValue", "fairValueStandardError", "exerciseProbability", "earlyExerciseProbability",
      "meanExerciseYears", "redemptionProbability", "meanRedemptionYears", "meanRedemptionDate",
      "fundamentalTransactionProbability", "financingShare", "resetShare", "meanResetPrice", "software", "revision",
      "input", "inputSha256", "seed", "paths", "method",
      "randomisations");

  private CsvReport() {
  }

  public static String render(ValuationRun run) {
    BookValuation valuation = run.valuation();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TrancheValuation tranche : valuation.tranches()) {
      rows.add(trancheRow(tranche, valuation));
    }
    Map<String, Object> total = new LinkedHashMap<>();
    total.put("id", "TOTAL");
    total.put("fairValue", valuation.total().value());
    total.put("fairValueStandardError", valuation.total().standardError());
    total.put("seed", valuation.settings().seed());
    total.put("paths", valuation.simulatedPaths());
    SamplingText.csv(total, valuation.settings());
    rows.add(total);
    rows.forEach(row -> AuditJson.csv(row, run.audit()));
    if (TermMatchedInputs.apply(valuation.market())) {
      List<String> columns = new ArrayList<>(COLUMNS);
      columns.addAll(TermMatchedInputs.CSV_COLUMNS);
      return Serialized.csv(columns, rows);
    }
    return Serialized.csv(COLUMNS, rows);
  }

  private static Map<String, Object> trancheRow(TrancheValuation tranche, BookValuation valuation) {
    Warrant warrant = tranche.warrant().warrant();
    Estimate perWarrant = tranche.perWarrant();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", warrant.id());
    row.put("count", warrant.count());
    row.put("sharesPerWarrant", warrant.sharesPerWarrant());
    row.put("exercisePrice", warrant.exercisePrice());
    row.put("expiryDate", warrant.expiryDate().toString());
    row.put("fairValuePerWarrant", perWarrant.value());
    row.put("standardError", perWarrant.standardError());
    row.put("ci95Lower", perWarrant.lower95());
    row.put("ci95Upper", perWarrant.upper95());
    tranche.closedFormPerWarrant().ifPresent(value -> row.put("closedFormPerWarrant", value));
    row.put("fairValue", tranche.fairValue().value());
    row.put("fairValueStandardError", tranche.fairValue().standardError());
    tranche.earlyExercise().ifPresent(statistics -> {
      row.put("exerciseProbability", statistics.exerciseProbability().value());
      row.put("earlyExerciseProbability", statistics.earlyExerciseProbability().value());
      if (!Double.isNaN(statistics.meanExerciseYears())) {
        row.put("meanExerciseYears", statistics.meanExerciseYears());
      }
    });
    tranche.contingencies().ifPresent(statistics -> ContingencyText.csv(row, statistics,
        valuation.market().valuationDate()));
    tranche.pathStatistics().ifPresent(statistics -> {
      row.put("financingShare", statistics.financingShare());
      row.put("resetShare", statistics.resetShare());
      statistics.meanResetPrice().ifPresent(price -> row.put("meanResetPrice", price));
    });
    row.put("seed", valuation.settings().seed());
    row.put("paths", valuation.simulatedPaths());
    SamplingText.csv(row, valuation.settings());
    if (TermMatchedInputs.apply(valuation.market())) {
      TermMatchedInputs.csv(row, tranche, valuation.market());
    }
    return row;
  }
}
