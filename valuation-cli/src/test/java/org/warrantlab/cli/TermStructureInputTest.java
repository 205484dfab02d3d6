package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code market.volatilityCurve}, {@code market.riskFreeCurve} and {@code warrants[].volatility}: a flat
 * curve values as its scalar, and a bad curve is one line naming its JSON path, exit 2.
 */
class TermStructureInputTest {

  @TempDir
  Path directory;

  private static ArrayNode volatilities(ObjectNode root, double... termThenVolatility) {
    ObjectNode market = InputFiles.market(root);
    market.remove("volatility");
    ArrayNode curve = market.putArray("volatilityCurve");
    for (int i = 0; i < termThenVolatility.length; i += 2) {
      curve.addObject().put("term", termThenVolatility[i]).put("volatility", termThenVolatility[i + 1]);
    }
    return curve;
  }

  private static ArrayNode rates(ObjectNode root, double... termThenRate) {
    ObjectNode market = InputFiles.market(root);
    market.remove("riskFreeRate");
    ArrayNode curve = market.putArray("riskFreeCurve");
    for (int i = 0; i < termThenRate.length; i += 2) {
      curve.addObject().put("term", termThenRate[i]).put("rate", termThenRate[i + 1]);
    }
    return curve;
  }

  static Stream<Arguments> badCurves() {
    return Stream.of(
        Arguments.of((Consumer<ObjectNode>) root -> volatilities(root, 3, 0.8, 1, 0.9),
            "market.volatilityCurve terms must increase but point [1] (term 1.0) does not come after point [0]"
                + " (term 3.0)"),
        Arguments.of((Consumer<ObjectNode>) root -> rates(root, 1, 0.01, 5, -0.002),
            "market.riskFreeCurve[1].rate must not be negative on a risk-free curve but was -0.002"),
        Arguments.of((Consumer<ObjectNode>) root -> volatilities(root, 1, -0.8),
            "market.volatilityCurve[0].volatility must be non-negative and finite but was -0.8"),
        Arguments.of((Consumer<ObjectNode>) root -> ((ObjectNode) volatilities(root, 1, 0.8).get(0))
                .put("volatility", "NaN"),
            "market.volatilityCurve[0].volatility must be a number but is the string \"NaN\""),
        Arguments.of((Consumer<ObjectNode>) root -> volatilities(root, 1, 0.9, 2, 0.6),
            "market.volatilityCurve gives a negative forward variance between point [0] (term 1.0, volatility 0.9)"
                + " and point [1] (term 2.0, volatility 0.6): σ² T must not fall from 0.810000 to 0.720000"),
        Arguments.of((Consumer<ObjectNode>) root -> {
          volatilities(root, 1, 0.9);
          InputFiles.market(root).put("volatility", 0.8);
        }, "market.volatilityCurve is given with market.volatility: give one or the other"),
        Arguments.of((Consumer<ObjectNode>) root -> {
          rates(root, 1, 0.01);
          InputFiles.market(root).put("riskFreeRate", 0.02);
        }, "market.riskFreeCurve is given with market.riskFreeRate: give one or the other"),
        Arguments.of((Consumer<ObjectNode>) root -> {
          InputFiles.market(root).remove("volatility");
          InputFiles.warrant(root, 0).put("volatility", 0.9);
          InputFiles.warrant(root, 1).put("volatility", 0.5);
        }, "warrants[1].volatility (0.5 over 6.6055 years) with warrants[0].volatility (0.9 over 3.9836 years)"
            + " gives a negative forward variance: σ² T must not fall from 3.226685 to 1.651370"),
        Arguments.of((Consumer<ObjectNode>) root -> InputFiles.warrant(root, 0).put("volatility", 0.9),
            "market.volatility is given while the tranches give their own volatility (warrants[].volatility):"
                + " give one or the other"));
  }

  @ParameterizedTest
  @MethodSource("badCurves")
  void aBadCurveIsOneLineNamingItsPath(Consumer<ObjectNode> change, String expected) {
    Path input = InputFiles.variant(directory, change);
    CliRun run = CliRun.of("value", input.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("warrantlab: " + input + ": " + expected, run.err().strip());
    assertEquals("", run.out());
  }

  @Test
  void flatCurvesValueAsTheScalarsToTheBit() throws IOException {
    JsonNode scalar = values(InputFiles.variant(directory, root -> { }));
    JsonNode curves = values(InputFiles.variant(directory, root -> {
      volatilities(root, 0.5, 0.8, 4, 0.8, 10, 0.8);
      rates(root, 1, 0.024, 7, 0.024);
    }));
    JsonNode byTranche = values(InputFiles.variant(directory, root -> {
      InputFiles.market(root).remove("volatility");
      InputFiles.warrant(root, 0).put("volatility", 0.8);
      InputFiles.warrant(root, 1).put("volatility", 0.8);
    }));
    assertEquals(scalar, curves);
    assertEquals(scalar, byTranche);
  }

  @Test
  void eachTrancheReportsItsTermMatchedInputsAndTheRangesWeighTheirFairValues() throws IOException {
    Path input = InputFiles.variant(directory, root -> {
      volatilities(root, 2, 0.9, 8, 0.7);
      rates(root, 1, 0.01, 5, 0.03);
    });
    CliRun run = CliRun.of("value", input.toString(), "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode report = InputFiles.MAPPER.readTree(run.out());
    double[] volatility = new double[2];
    double[] fairValue = new double[2];
    for (int j = 0; j < 2; j++) {
      JsonNode warrant = report.get("warrants").get(j);
      double term = warrant.get("timeToExpiry").asDouble();
      double variance = 0.81 * 2 + (0.49 * 8 - 0.81 * 2) * (term - 2) / 6;
      volatility[j] = Math.sqrt(variance / term);
      fairValue[j] = warrant.get("fairValue").asDouble();
      assertEquals(volatility[j], warrant.get("termVolatility").asDouble(), 1e-12);
      double integral = 0.01 + (0.15 - 0.01) * (Math.min(term, 5) - 1) / 4;
      double zero = term >= 5 ? 0.03 : integral / term;
      assertEquals(zero, warrant.get("termContinuousRate").asDouble(), 1e-12);
    }
    JsonNode ranges = report.get("level3Ranges");
    JsonNode volatilities = ranges.get(2);
    assertEquals("VOLATILITY", volatilities.get("input").asText());
    assertEquals(Math.min(volatility[0], volatility[1]), volatilities.get("low").asDouble(), 1e-12);
    assertEquals(Math.max(volatility[0], volatility[1]), volatilities.get("high").asDouble(), 1e-12);
    assertEquals((volatility[0] * fairValue[0] + volatility[1] * fairValue[1]) / (fairValue[0] + fairValue[1]),
        volatilities.get("weightedAverage").asDouble(), 1e-12);
  }

  /** Each tranche's fair value per warrant, standard error and fair value, from the value command's JSON. */
  private static JsonNode values(Path input) throws IOException {
    CliRun run = CliRun.of("value", input.toString(), "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    ArrayNode figures = InputFiles.MAPPER.createArrayNode();
    for (JsonNode warrant : InputFiles.MAPPER.readTree(run.out()).get("warrants")) {
      figures.addObject().put("perWarrant", warrant.get("fairValuePerWarrant").asText())
          .put("standardError", warrant.get("standardError").asText())
          .put("fairValue", warrant.get("fairValue").asText());
    }
    return figures;
  }
}
