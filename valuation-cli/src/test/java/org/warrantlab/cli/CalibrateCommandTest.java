package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {

  @TempDir
  Path directory;

  private String resetFile() {
    return InputFiles.write(directory, "reset.json", InputFiles.resetTree()).toString();
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertEquals(0, run.exitCode(), run.err());
    return InputFiles.MAPPER.readTree(run.out());
  }

  /**
   * The reset tranche calibrated to a price, then valued by {@code value} at the solved volatility (same seed,
   * same paths), is worth the price to a hundredth of its standard error: the calibrated input is the input.
   */
  @Test
  void theSolvedInputGivesThePriceWhenTheFileIsValuedWithIt() throws IOException {
    JsonNode report = json(CliRun.of("calibrate", resetFile(), "--tranche", "2008-09", "--price", "0.5",
        "--paths", "8000", "--format", "json"));
    assertEquals("market.volatility", report.get("solvedInput").asText());
    assertEquals(0.5, report.get("targetPrice").asDouble(), 0.0);
    assertEquals(0.8, report.get("fileValue").asDouble(), 0.0);
    double solved = report.get("solvedValue").asDouble();
    double standardError = report.get("achievedPriceStandardError").asDouble();
    assertEquals(0.5, report.get("achievedPrice").asDouble(), 0.01 * standardError);
    assertTrue(report.get("solvedValueStandardError").asDouble() > 0);
    assertTrue(report.get("bracketLower").asDouble() <= solved && solved <= report.get("bracketUpper").asDouble());
    assertTrue(report.get("iterations").asInt() < report.get("valuations").asInt());
    assertEquals(8000, report.get("paths").asLong());
    assertEquals(List.of("2008-09"), List.of(report.get("target").get("tranches").get(0).asText()));

    var tree = InputFiles.resetTree();
    InputFiles.market(tree).put("volatility", solved);
    JsonNode valued = json(CliRun.of("value", InputFiles.write(directory, "solved.json", tree).toString(), "--paths",
        "8000", "--format", "json"));
    assertEquals(0.5, valued.get("warrants").get(0).get("fairValuePerWarrant").asDouble(), 0.01 * standardError);
  }

  @Test
  void theCsvIsOneRowWithTheSolvedInputAndThePrice() {
    CliRun run = CliRun.of("calibrate", resetFile(), "--tranche", "2009-09", "--price", "0.6", "--paths", "4000",
        "--format", "csv");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(2, lines.size(), run.out());
    assertTrue(lines.get(0).startsWith("solvedInput,solvedValue,solvedValueStandardError,fileValue,targetPrice,"
        + "achievedPrice,"), lines.get(0));
    assertTrue(lines.get(1).startsWith("market.volatility,0."), lines.get(1));
  }

  @Test
  void aFinancingsProbabilityIsSolvedForTheTotalOfTheBook() throws IOException {
    JsonNode base = json(CliRun.of("value", resetFile(), "--paths", "4000", "--format", "json"));
    double total = base.get("totalFairValue").asDouble();
    JsonNode report = json(CliRun.of("calibrate", resetFile(), "--solve", "financings[0].probability", "--price",
        Double.toString(total), "--paths", "4000", "--format", "json"));
    assertEquals("total", report.get("target").get("per").asText());
    assertEquals(0.5, report.get("solvedValue").asDouble(), 1e-3, "the file's probability gives the file's value");
  }

  @Test
  void aPriceAboveEveryValueIsRefusedNamingTheInputAndTheGreatestValue() {
    CliRun run = CliRun.of("calibrate", resetFile(), "--tranche", "2008-09", "--price", "5", "--paths", "4000");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("warrantlab: --price 5 is above the value at every market.volatility from 0.0001"
        + " to 5 in "), run.err());
    assertTrue(run.err().contains(": the greatest is "), run.err());
  }

  @Test
  void aPriceBelowEveryValueIsRefusedNamingTheLeastValue() {
    CliRun run = CliRun.of("calibrate", resetFile(), "--tranche", "2009-09", "--price", "0.05", "--paths", "4000");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("warrantlab: --price 0.05 is below the value at every market.volatility"),
        run.err());
    assertTrue(run.err().contains("the least is 0.1"), run.err());
    assertTrue(run.err().endsWith("at market.volatility = 0.0001\n"), run.err());
  }

  @Test
  void aPriceOfZeroOrLessIsRefused() {
    for (String price : List.of("0", "-0.3")) {
      CliRun run = CliRun.of("calibrate", resetFile(), "--tranche", "2008-09", "--price", price, "--paths", "2000");
      assertEquals(2, run.exitCode());
      assertEquals("warrantlab: --price must be positive but was " + price + "\n", run.err());
    }
  }

  @Test
  void aPathThatIsNotANumberOfTheFileIsRefused() {
    CliRun unknown = CliRun.of("calibrate", resetFile(), "--solve", "market.colour", "--price", "0.5");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().startsWith("warrantlab: --solve market.colour is not an input that can be varied"),
        unknown.err());
    CliRun missing = CliRun.of("calibrate", resetFile(), "--solve", "financings[3].probability", "--price", "0.5");
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().startsWith("warrantlab: --solve financings[3].probability is not a number in "),
        missing.err());
    CliRun whole = CliRun.of("calibrate", resetFile(), "--solve", "warrants[0].count", "--price", "0.5",
        "--tranche", "2008-09");
    assertEquals(2, whole.exitCode());
    assertTrue(whole.err().contains("is a whole number"), whole.err());
  }

  @Test
  void aPricePerWarrantOfTheWholeBookOrAnUnknownTrancheIsRefused() {
    CliRun perWarrant = CliRun.of("calibrate", resetFile(), "--per", "warrant", "--price", "0.5");
    assertEquals(2, perWarrant.exitCode());
    assertTrue(perWarrant.err().contains("--per warrant needs --tranche or --tranches"), perWarrant.err());
    CliRun unknown = CliRun.of("calibrate", resetFile(), "--tranches", "2008-09,2010-01", "--price", "0.5");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().startsWith("warrantlab: --tranches 2010-01: no tranche has that id"), unknown.err());
  }
}
