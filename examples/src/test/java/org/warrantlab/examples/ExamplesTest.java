package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warrantlab.cli.Main;

/** Runs every example input the way the README does, so that none can silently rot. */
class ExamplesTest {

  /** The example inputs; the tests run from the repository root. */
  private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Synthetic daily prices (a seeded geometric Brownian motion), for the vol and vwap commands. */
  private static final Path PRICES = EXAMPLES.resolve("illustrative-prices.csv");

  private static final String ROLLFORWARD_SUFFIX = "-rollforward.json";

  /** Inputs of the {@code value} command. */
  static Stream<Path> exampleInputs() throws IOException {
    return examples(name -> name.endsWith(".json") && !name.endsWith(ROLLFORWARD_SUFFIX));
  }

  /** Inputs of the {@code rollforward} command. */
  static Stream<Path> rollForwardInputs() throws IOException {
    return examples(name -> name.endsWith(ROLLFORWARD_SUFFIX));
  }

  private static Stream<Path> examples(Predicate<String> name) throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(file -> name.test(file.getFileName().toString())).sorted().toList().stream();
    }
  }

  @Test
  void thereAreExamplesToRun() throws IOException {
    assertTrue(exampleInputs().count() >= 2, "examples found in " + EXAMPLES);
  }

  @ParameterizedTest
  @MethodSource("exampleInputs")
  void everyExampleValuesWithoutError(Path input) throws IOException {
    JsonNode report = valueAsJson(input);
    assertFalse(report.get("warrants").isEmpty());
    assertTrue(report.get("totalFairValue").asDouble() > 0);
  }

  @ParameterizedTest
  @MethodSource("rollForwardInputs")
  void everyRollForwardExampleFoots(Path input) throws IOException {
    JsonNode report = MAPPER.readTree(run("rollforward", input.toString(), "--format", "json"));
    JsonNode rows = report.get("rollforward");
    assertFalse(rows.isEmpty());
    for (JsonNode row : rows) {
      BigDecimal sum = row.get("opening").decimalValue().add(row.get("issuances").decimalValue())
          .add(row.get("exercises").decimalValue()).add(row.get("expirations").decimalValue())
          .add(row.get("modifications").decimalValue()).add(row.get("changeInFairValue").decimalValue());
      assertEquals(0, sum.compareTo(row.get("closing").decimalValue()), row.toString());
    }
  }

  @Test
  void capstoneRollForwardBooksTheInducementAndTheRepricing() throws IOException {
    JsonNode report = MAPPER.readTree(run("rollforward",
        EXAMPLES.resolve("capstone-fy2010-rollforward.json").toString(), "--format", "json"));
    List<String> events = new ArrayList<>();
    report.get("events").forEach(event -> events.add(event.get("event").asText() + " " + event.get("tranche").asText()));
    assertEquals(List.of("Issuance 2009-05", "Exercise 2009-05", "Issuance 2009-09", "Amendment 2007-01",
        "Anti-dilution adjustment 2008-09"), events);
    JsonNode repricing = report.get("events").get(3);
    assertTrue(repricing.get("amount").decimalValue().signum() > 0, "a lower exercise price costs the company");
    JsonNode sixMonths = report.get("earnings").get(3);
    assertEquals("YEAR_TO_DATE", sixMonths.get("span").asText());
    assertEquals(187_480_000, sixMonths.get("weightedAverageShares").asLong());
  }

  @Test
  void hullExampleGives587PerWarrant() throws IOException {
    JsonNode warrant = valueAsJson(EXAMPLES.resolve("hull-dilution.json")).get("warrants").get(0);
    double closedForm = warrant.get("closedFormPerWarrant").asDouble();
    assertEquals(5.87, closedForm, 0.005);
    assertEquals(closedForm, warrant.get("fairValuePerWarrant").asDouble(), 1e-9, "its own control variate");
  }

  @Test
  void thePlainWarrantIsValuedAtItsClosedFormWithNoSamplingError() throws IOException {
    JsonNode warrant = valueAsJson(EXAMPLES.resolve("plain-warrant.json")).get("warrants").get(0);
    assertEquals(0.679942, warrant.get("closedFormPerWarrant").asDouble(), 5e-7);
    assertEquals(warrant.get("closedFormPerWarrant").asDouble(), warrant.get("fairValuePerWarrant").asDouble(), 1e-9);
    assertEquals(0.0, warrant.get("standardError").asDouble(), 1e-12);
  }

  @Test
  void volMatchesALookBackOfOneYearOnTheIllustrativePrices() throws IOException {
    JsonNode report = MAPPER.readTree(run("vol", PRICES.toString(), "--term", "1", "--format", "json"));
    assertEquals(252, report.get("returns").asInt());
    assertEquals("2010-12-31", report.get("lastDate").asText());
    assertTrue(report.get("volatility").asDouble() > 0);
    assertFalse(run("vol", PRICES.toString(), "--term", "0.5", "--to", "2010-06-30").isEmpty());
    assertFalse(run("vol", PRICES.toString(), "--from", "2010-01-04", "--to", "2010-12-31").isEmpty());
  }

  @Test
  void vwapPricesAFinancingOnTheIllustrativePrices() throws IOException {
    assertFalse(run("vwap", PRICES.toString(), "--end", "2010-12-31", "--days", "10", "--discount", "0.06").isEmpty());
    JsonNode report = MAPPER.readTree(run("vwap", PRICES.toString(), "--end", "2010-12-31", "--days", "10",
        "--discount", "0.06", "--format", "json"));
    assertEquals(10, report.get("prices").size());
    assertEquals(0.94 * report.get("lesserOfCloseAndVwap").asDouble(), report.get("financingPrice").asDouble(), 1e-12);
  }

  private static JsonNode valueAsJson(Path input) throws IOException {
    return MAPPER.readTree(run("value", input.toString(), "--format", "json"));
  }

  /** Runs the command line and returns what it printed, failing on a non-zero exit code or any error output. */
  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    assertEquals(0, exitCode, err.toString());
    assertEquals("", err.toString());
    return out.toString();
  }
}
