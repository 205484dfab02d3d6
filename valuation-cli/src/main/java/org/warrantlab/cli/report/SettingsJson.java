package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.warrantlab.exercise.EarlyExerciseSettings;
import org.warrantlab.cli.input.CurveJson;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.MonteCarloEngine;
import org.warrantlab.montecarlo.SimulationSettings;

/** The market inputs and simulation settings as every JSON report echoes them beside its results. */
final class SettingsJson {

  private SettingsJson() {
  }

  static ObjectNode market(MarketData market) {
    ObjectNode node = Serialized.object();
    node.put("spot", market.spot());
    CurveJson.putVolatility(node, market);
    CurveJson.putRate(node, market, true);
    node.put("dividendYield", market.dividendYield());
    node.put("sharesOutstanding", market.sharesOutstanding());
    return node;
  }

  /** The settings of a run that simulated {@code simulatedPaths} paths. */
  static ObjectNode simulation(SimulationSettings settings, long simulatedPaths) {
    ObjectNode node = Serialized.object();
    node.put("paths", simulatedPaths);
    node.put("seed", settings.seed());
    node.put("antithetic", settings.antitheticPairs());
    node.put("controlVariate", settings.controlVariate());
    SamplingText.json(node, settings);
    node.put("blockSize", MonteCarloEngine.BLOCK_SIZE);
    EarlyExerciseSettings early = settings.earlyExercise();
    ObjectNode earlyExercise = node.putObject("earlyExercise");
    earlyExercise.put("datesPerYear", early.datesPerYear());
    earlyExercise.put("calibrationPaths", early.calibrationPaths());
    earlyExercise.put("basis", early.basis().name());
    earlyExercise.put("degree", early.degree());
    earlyExercise.put("solver", early.solver().name());
    earlyExercise.put("calibrations", early.calibrations());
    earlyExercise.put("dualityPaths", early.dualityPaths());
    earlyExercise.put("dualityContinuations", early.dualityContinuations());
    return node;
  }
}
