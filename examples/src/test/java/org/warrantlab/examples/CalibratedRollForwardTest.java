package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warrantlab.cli.Main;

/**
 * Capstone's May 2009 units calibrated at issue and rolled forward: the issuance recovers the transaction
 * price, the first measurement after issue is what {@code value} gives on the carried volatility to the cent,
 * and a bad calibration block is refused on one line naming its JSON path.
 */
class CalibratedRollForwardTest {

  private static final Path INPUT = Path.of("examples", "capstone-2009-05-units-rollforward.json").toAbsolutePath();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long WARRANTS = 10_838_151L;

  @TempDir
  static Path directory;

  private static JsonNode report;

  @BeforeAll
  static void rollForward() throws IOException {
    report = MAPPER.readTree(run(0, "rollforward", INPUT.toString(), "--format", "json", "--emit-inputs",
        directory.resolve("inputs").toString()));
  }

  @Test
  void theIssuanceRecoversTheTransactionPriceOnTheSolvedVolatility() {
    JsonNode calibration = report.get("calibrations").get(0);
    assertEquals("2009-05", calibration.get("tranche").asText());
    assertEquals(0.55, calibration.get("targetPrice").asDouble(), 0);
    double achieved = calibration.get("achievedPrice").asDouble();
    double standardError = calibration.get("achievedPriceStandardError").asDouble();
    assertTrue(Math.abs(achieved - 0.55) <= 0.01 * standardError + 1e-12, "within a hundredth of a standard error: "
        + achieved + " ± " + standardError);
    double solved = calibration.get("solvedInput").asDouble();
    assertTrue(solved > 0.05 && solved < 0.85, "a unit priced below the model at 85% implies a lower volatility: "
        + solved);
    assertEquals(solved - 0.85, calibration.get("spread").asDouble(), 1e-15);
    assertEquals(0.55 - calibration.get("uncalibratedPrice").asDouble(), calibration.get("dayOneDifference").asDouble(),
        1e-15);
    JsonNode issuance = report.get("events").get(0);
    assertEquals(BigDecimal.valueOf(achieved * WARRANTS).setScale(2, RoundingMode.HALF_EVEN),
        issuance.get("amount").decimalValue().setScale(2, RoundingMode.HALF_EVEN));
  }

  @Test
  void theFirstMeasurementAfterIssueIsValueOnTheCarriedVolatilityToTheCent() throws IOException {
    double solved = report.get("calibrations").get(0).get("solvedInput").asDouble();
    JsonNode closing = null;
    for (JsonNode row : report.get("level3")) {
      if (row.get("date").asText().equals("2009-06-30")) {
        closing = row;
      }
    }
    assertEquals("market.volatility", closing.get("calibrated").asText());
    assertEquals(solved, closing.get("volatility").asDouble(), 0, "June's market volatility is the issue date's");
    ObjectNode input = (ObjectNode) MAPPER.readTree(INPUT.toFile()).get("periods").get(0);
    ObjectNode valueInput = MAPPER.createObjectNode();
    valueInput.put("valuationDate", "2009-06-30");
    ObjectNode market = ((ObjectNode) input.get("market")).deepCopy();
    market.put("volatility", solved);
    valueInput.set("market", market);
    valueInput.set("warrants", MAPPER.readTree(INPUT.toFile()).get("warrants"));
    valueInput.set("financings", input.get("financings"));
    valueInput.set("simulation", MAPPER.readTree(INPUT.toFile()).get("simulation"));
    Path file = directory.resolve("june-on-carried-volatility.json");
    Files.writeString(file, MAPPER.writeValueAsString(valueInput));
    JsonNode value = MAPPER.readTree(run(0, "value", file.toString(), "--format", "json"));
    assertEquals(closing.get("fairValue").decimalValue().setScale(2, RoundingMode.HALF_EVEN),
        BigDecimal.valueOf(value.get("totalFairValue").asDouble()).setScale(2, RoundingMode.HALF_EVEN));
  }

  @Test
  void aNegativePriceIsRefusedOnOneLineNamingItsPath() throws IOException {
    String error = refused("\"price\": 0.55", "\"price\": -0.55");
    assertTrue(error.contains("periods[0].events[0].calibration.price"), error);
  }

  @Test
  void anInputThatCannotBeCarriedIsRefusedOnOneLineNamingItsPath() throws IOException {
    String error = refused("\"solve\": \"market.volatility\"", "\"solve\": \"warrants[0].exercisePrice\"");
    assertTrue(error.contains("periods[0].events[0].calibration.solve"), error);
  }

  private static String refused(String from, String to) throws IOException {
    String text = Files.readString(INPUT);
    assertTrue(text.contains(from));
    Path bad = directory.resolve("bad-" + Math.abs(to.hashCode()) + ".json");
    Files.writeString(bad, text.replace(from, to));
    String validate = run(2, "validate", bad.toString());
    String error = run(2, "rollforward", bad.toString());
    assertEquals(1, error.strip().lines().count(), error);
    return error + validate;
  }

  /** Runs the command, checks its exit code, and gives its output (its error output when it fails). */
  private static String run(int expectedExit, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    assertEquals(expectedExit, exitCode, err.toString());
    return expectedExit == 0 ? out.toString() : err.toString();
  }
}
