package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.warrantlab.cli.input.AssumptionsJson;
import org.warrantlab.cli.input.InputDocuments;
import org.warrantlab.cli.input.TermsJson;
import org.warrantlab.event.CorporateEvents;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.ExerciseStatistics;
import org.warrantlab.pricer.TrancheValuation;
import org.warrantlab.result.Estimate;
import org.warrantlab.simulation.TranchePathStatistics;

/**
 * The valuation as JSON: the audit trail, the inputs echoed, a {@code warrants} array with each tranche's value,
 * the totals, and under {@code input} the {@code value} input as run, which run again gives this report. Holds
 * nothing that depends on the thread count or the clock, so the same input and seed give the same bytes.
 */
public final class JsonReport {

  private JsonReport() {
  }

  public static String render(ValuationRun run) {
    BookValuation valuation = run.valuation();
    ObjectNode root = Serialized.object();
    root.set("audit", AuditJson.of(run.audit()));
    root.put("valuationDate", valuation.market().valuationDate().toString());
    var notes = root.putArray("notes");
    run.input().notes().forEach(notes::add);
    root.set("market", SettingsJson.market(valuation.market()));
    root.set("simulation", SettingsJson.simulation(valuation.settings(), valuation.simulatedPaths()));
    root.set("financings", AssumptionsJson.financings(run.input().financings()));
    var warrants = root.putArray("warrants");
    boolean termMatched = TermMatchedInputs.apply(valuation.market());
    for (TrancheValuation tranche : valuation.tranches()) {
      ObjectNode node = tranche(tranche, Resolution.of(tranche, valuation.market()));
      if (termMatched) {
        TermMatchedInputs.json(node, tranche, valuation.market());
      }
      tranche.contingencies().ifPresent(statistics -> node.set("contingencies",
          ContingencyText.json(statistics, valuation.market().valuationDate())));
      warrants.add(node);
    }
    if (!run.input().events().equals(CorporateEvents.NONE)) {
      root.set("level3Inputs", ContingencyText.level3(run.input().events()));
    }
    root.put("totalFairValue", valuation.total().value());
    root.put("totalStandardError", valuation.total().standardError());
    if (termMatched) {
      root.set("level3Ranges", Serialized.tree(Level3Ranges.rows(valuation)));
    }
    root.set("input", InputDocuments.valueInput(run.input(), valuation.settings()));
    return Serialized.json(root);
  }

  private static ObjectNode tranche(TrancheValuation tranche, Resolution resolution) {
    ResolvedWarrant resolved = tranche.warrant();
    Warrant warrant = resolved.warrant();
    Estimate perWarrant = tranche.perWarrant();
    ObjectNode node = TermsJson.warrant(warrant); // the terms as the input states them
    // a report lists the scheduled resets even where there are none
    node.set("scheduledResets", TermsJson.scheduledResets(warrant));
    node.put("timeToExpiry", resolved.timeToExpiry());
    node.put("dilutionFactor", resolved.dilutionFactor());
    node.put("fairValuePerWarrant", perWarrant.value());
    node.put("standardError", perWarrant.standardError());
    node.put("resolution", resolution.text());
    ObjectNode interval = node.putObject("confidenceInterval95");
    interval.put("lower", perWarrant.lower95());
    interval.put("upper", perWarrant.upper95());
    if (tranche.closedFormPerWarrant().isPresent()) {
      node.put("closedFormPerWarrant", tranche.closedFormPerWarrant().getAsDouble());
    } else {
      node.putNull("closedFormPerWarrant");
    }
    node.put("fairValue", tranche.fairValue().value());
    node.put("fairValueStandardError", tranche.fairValue().standardError());
    tranche.earlyExercise().ifPresentOrElse(statistics -> node.set("earlyExercise", exercise(statistics)),
        () -> node.putNull("earlyExercise"));
    tranche.pathStatistics().ifPresentOrElse(statistics -> node.set("pathStatistics", paths(statistics)),
        () -> node.putNull("pathStatistics"));
    return node;
  }

  /** The shares of paths with a financing and with a reset, and the mean reset price (null when none reset). */
  private static ObjectNode paths(TranchePathStatistics statistics) {
    ObjectNode node = Serialized.object();
    node.put("financingShare", statistics.financingShare());
    node.put("resetShare", statistics.resetShare());
    if (statistics.meanResetPrice().isPresent()) {
      node.put("meanResetPrice", statistics.meanResetPrice().getAsDouble());
    } else {
      node.putNull("meanResetPrice");
    }
    return node;
  }

  private static ObjectNode exercise(ExerciseStatistics statistics) {
    ObjectNode node = Serialized.object();
    node.put("exerciseDates", statistics.exerciseDates());
    node.put("exerciseProbability", statistics.exerciseProbability().value());
    node.put("exerciseProbabilityStandardError", statistics.exerciseProbability().standardError());
    node.put("earlyExerciseProbability", statistics.earlyExerciseProbability().value());
    node.put("earlyExerciseProbabilityStandardError", statistics.earlyExerciseProbability().standardError());
    if (Double.isNaN(statistics.meanExerciseYears())) {
      node.putNull("meanExerciseYears");
    } else {
      node.put("meanExerciseYears", statistics.meanExerciseYears());
    }
    statistics.bounds().ifPresentOrElse(bounds -> {
      node.put("lowerBound", bounds.lowerBound().value());
      node.put("lowerBoundStandardError", bounds.lowerBound().standardError());
      node.put("upperBound", bounds.upperBound().value());
      node.put("upperBoundStandardError", bounds.upperBound().standardError());
      node.put("dualityGap", bounds.dualityGap().value());
      node.put("dualityGapStandardError", bounds.dualityGap().standardError());
      node.put("dualityOuterPaths", bounds.outerPaths());
      node.put("dualityContinuations", bounds.continuations());
    }, () -> {
      node.putNull("lowerBound");
      node.putNull("upperBound");
    });
    return node;
  }
}
