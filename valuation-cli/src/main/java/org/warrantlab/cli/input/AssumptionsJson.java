package org.warrantlab.cli.input;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.warrantlab.event.Financing;
import org.warrantlab.event.FinancingSize;
import org.warrantlab.event.FinancingTerms;
import org.warrantlab.event.FinancingWindow;
import org.warrantlab.event.PoissonFinancing;
import org.warrantlab.exercise.EarlyExerciseSettings;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationSettings;

/**
 * The market, the financing assumptions and the simulation settings written back in the input's own shape
 * ({@link MarketReader}, {@link FinancingReader}, {@link SimulationReader} read them).
 */
public final class AssumptionsJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AssumptionsJson() {
  }

  /** A {@code market} object; its date is the surrounding object's. */
  public static ObjectNode market(MarketData market) {
    ObjectNode node = NODES.objectNode();
    node.put("spot", market.spot());
    CurveJson.putVolatility(node, market);
    CurveJson.putRate(node, market, false);
    node.put("dividendYield", market.dividendYield());
    node.put("sharesOutstanding", market.sharesOutstanding());
    return node;
  }

  /** A {@code financings} array. */
  public static ArrayNode financings(List<Financing> financings) {
    ArrayNode array = NODES.arrayNode();
    financings.forEach(financing -> array.add(financing(financing)));
    return array;
  }

  /** An entry of a {@code financings} array: a dated window with its probability, or a Poisson intensity. */
  public static ObjectNode financing(Financing financing) {
    ObjectNode node = NODES.objectNode();
    node.put("start", financing.start().toString());
    node.put("end", financing.end().toString());
    if (financing instanceof FinancingWindow window) {
      node.put("probability", window.probability());
    } else if (financing instanceof PoissonFinancing poisson) {
      node.put("intensity", poisson.intensity());
    }
    FinancingTerms terms = financing.terms();
    FinancingSize size = terms.size();
    if (size.amount() > 0) {
      node.put("amount", size.amount());
    } else {
      node.put("shares", size.shares());
    }
    if (Double.isFinite(size.maxShares())) {
      node.put("maxShares", size.maxShares());
    }
    if (Double.isFinite(size.maxAmount())) {
      node.put("maxAmount", size.maxAmount());
    }
    TermsJson.price(node, terms.pricing());
    node.put("discount", terms.discount());
    node.put("postMoney", terms.postMoney());
    return node;
  }

  /** A {@code simulation} object; the thread count is left out, as it never changes a result. */
  public static ObjectNode simulation(SimulationSettings settings) {
    ObjectNode node = NODES.objectNode();
    node.put("paths", settings.paths());
    node.put("seed", settings.seed());
    node.put("antithetic", settings.antithetic());
    node.put("controlVariate", settings.controlVariate());
    node.put("method", settings.sampling().method().name());
    if (settings.sampling().quasiRandom()) {
      node.put("randomisations", settings.sampling().randomisations());
    }
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
