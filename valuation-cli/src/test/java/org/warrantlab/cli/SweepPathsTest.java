package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warrantlab.cli.input.PerturbationPaths;

/**
 * Every JSON path a sweep can vary gives, in its cell, exactly what {@code value} gives for the file with
 * that number changed: the perturbation of the core inputs and the file's reader agree, to the bit.
 */
class SweepPathsTest {

  /** A book with a field at every supported path: clauses, both reset measures, both financing kinds. */
  private static final String RICH = """
      {
        "valuationDate": "2012-06-30",
        "market": { "spot": 1.02, "volatility": 0.65, "riskFreeRate": 0.0072, "rateCompounding": "SEMI_ANNUAL",
                    "dividendYield": 0.01, "sharesOutstanding": 300000000 },
        "warrants": [
          { "id": "2012-02", "count": 11275000, "sharesPerWarrant": 1.0, "exercisePrice": 1.55,
            "issueDate": "2012-02-07", "expiryDate": "2014-02-07", "dilution": "SHARE_COUNT",
            "antiDilution": { "type": "FULL_RATCHET", "floor": 1.00, "maxResets": 3 },
            "scheduledResets": [ { "date": "2012-09-18", "priceReference": "FIXED", "price": 1.26 },
                                 { "date": "2013-03-18", "priceReference": "VWAP", "vwapDays": 5 } ] },
          { "id": "american", "count": 1000000, "exercisePrice": 1.2, "issueDate": "2011-06-30",
            "expiryDate": "2013-06-30", "exerciseStyle": "AMERICAN" }
        ],
        "financings": [
          { "start": "2012-09-04", "end": "2012-09-28", "probability": 0.6, "shares": 4750000, "maxAmount": 1e7,
            "discount": 0.08, "priceReference": "LESSER_OF_CLOSE_AND_VWAP", "vwapDays": 10, "postMoney": true },
          { "start": "2012-10-01", "end": "2013-12-31", "intensity": 1.0, "amount": 5000000, "maxShares": 1e7,
            "discount": 0.06, "priceReference": "FIXED", "price": 0.9 }
        ],
        "simulation": { "paths": 2000, "seed": 7, "antithetic": true,
                        "earlyExercise": { "datesPerYear": 12, "calibrationPaths": 2000, "degree": 2 } }
      }
      """;

  /** {@link #RICH} with the volatility and the rate given by term. */
  private static final String RICH_CURVES = RICH.replace("\"volatility\": 0.65, \"riskFreeRate\": 0.0072,",
      "\"volatilityCurve\": [ { \"term\": 0.5, \"volatility\": 0.7 }, { \"term\": 2, \"volatility\": 0.65 } ],"
      + " \"riskFreeCurve\": [ { \"term\": 0.5, \"rate\": 0.002 }, { \"term\": 1, \"rate\": 0.004 },"
      + " { \"term\": 3, \"rate\": 0.0072 } ],");

  @TempDir
  Path directory;

  static Stream<Arguments> curvePaths() {
    return Stream.of(Arguments.of("market.volatilityCurve[1].volatility", 0.6),
        Arguments.of("market.riskFreeCurve[0].rate", 0.01));
  }

  static Stream<Arguments> paths() {
    return Stream.of(
        Arguments.of("market.spot", 1.1), Arguments.of("market.volatility", 0.5),
        Arguments.of("market.riskFreeRate", 0.03), Arguments.of("market.dividendYield", 0.02),
        Arguments.of("market.sharesOutstanding", 2.5e8),
        Arguments.of("warrants[0].count", 5e6), Arguments.of("warrants[0].sharesPerWarrant", 1.5),
        Arguments.of("warrants[1].exercisePrice", 1.0), Arguments.of("warrants[0].antiDilution.floor", 0.8),
        Arguments.of("warrants[0].antiDilution.maxResets", 1),
        Arguments.of("warrants[0].scheduledResets[0].price", 1.1),
        Arguments.of("warrants[0].scheduledResets[1].vwapDays", 3),
        Arguments.of("financings[0].probability", 0.3), Arguments.of("financings[1].intensity", 2.0),
        Arguments.of("financings[1].amount", 8e6), Arguments.of("financings[0].shares", 3e6),
        Arguments.of("financings[1].maxShares", 2e6), Arguments.of("financings[0].maxAmount", 3e6),
        Arguments.of("financings[0].discount", 0.1), Arguments.of("financings[1].price", 0.8),
        Arguments.of("financings[0].vwapDays", 4),
        Arguments.of("simulation.paths", 3000), Arguments.of("simulation.seed", 8),
        Arguments.of("simulation.randomisations", 8), Arguments.of("simulation.earlyExercise.datesPerYear", 6),
        Arguments.of("simulation.earlyExercise.calibrationPaths", 3000),
        Arguments.of("simulation.earlyExercise.degree", 3));
  }

  @Test
  void theCasesCoverEverySupportedPath() {
    Set<String> covered = Stream.concat(paths(), curvePaths()).map(arguments -> ((String) arguments.get()[0]).replaceFirst("\\[\\d+]", "[i]")
        .replaceFirst("\\[\\d+]", "[j]")).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(PerturbationPaths.supported()), covered);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("paths")
  void aCellIsTheValueOfTheFileWithThatNumberChanged(String path, double value) throws IOException {
    cellIsTheValueOfTheChangedFile(RICH, path, value);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("curvePaths")
  void aCellOfACurvePointIsTheValueOfTheFileWithThatPointChanged(String path, double value) throws IOException {
    cellIsTheValueOfTheChangedFile(RICH_CURVES, path, value);
  }

  private void cellIsTheValueOfTheChangedFile(String book, String path, double value) throws IOException {
    Path file = InputFiles.write(directory, "rich.json", book);
    JsonNode cell = json(CliRun.of("sweep", file.toString(), "--vary", path + "=" + value, "--format", "json"))
        .get("cells").get(0);
    ObjectNode changed = (ObjectNode) InputFiles.MAPPER.readTree(book);
    set(changed, path, value);
    JsonNode valued = json(CliRun.of("value", InputFiles.write(directory, "changed.json", changed).toString(),
        "--format", "json"));
    assertEquals(valued.get("totalFairValue").asText(), cell.get("totalFairValue").asText());
    assertEquals(valued.get("totalStandardError").asText(), cell.get("totalStandardError").asText());
    for (int i = 0; i < 2; i++) {
      assertEquals(valued.get("warrants").get(i).get("fairValue").asText(),
          cell.get("warrants").get(i).get("fairValue").asText(), "tranche " + i);
    }
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertEquals(0, run.exitCode(), run.err());
    return InputFiles.MAPPER.readTree(run.out());
  }

  /** Sets the number at a path such as {@code warrants[0].scheduledResets[1].vwapDays} in {@code root}. */
  private static void set(ObjectNode root, String path, double value) {
    JsonNode node = root;
    String[] segments = path.split("\\.");
    for (int s = 0; s < segments.length - 1; s++) {
      String[] parts = segments[s].split("[\\[\\]]+");
      node = node.get(parts[0]);
      for (int p = 1; p < parts.length; p++) {
        node = ((ArrayNode) node).get(Integer.parseInt(parts[p]));
      }
    }
    ((ObjectNode) node).put(segments[segments.length - 1], value);
  }
}
