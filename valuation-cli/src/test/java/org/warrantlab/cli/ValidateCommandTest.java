package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code validate}: every problem of a file at once, one line each as the commands word it, then a count;
 * its first line is exactly the error the command stops at.
 */
class ValidateCommandTest {

  @TempDir
  Path directory;

  @Test
  void aValidValueInputHasNoProblems() {
    Path input = InputFiles.write(directory, "book.json", InputFiles.VALID);
    CliRun run = CliRun.of("validate", input.toString());
    assertEquals(0, run.exitCode(), run.out());
    assertEquals(input + ": no problems", run.out().strip());
    assertEquals("", run.err());
  }

  @Test
  void aValidRollForwardHasNoProblems() throws IOException {
    Path input = rollForward(tree -> { });
    CliRun run = CliRun.of("validate", input.toString());
    assertEquals(0, run.exitCode(), run.out());
    assertEquals(input + ": no problems", run.out().strip());
  }

  @Test
  void everyProblemIsListedWithItsPathThenTheCount() {
    Path input = InputFiles.variant(directory, root -> {
      InputFiles.market(root).put("spot", "abc").put("volatilty", 0.8);
      InputFiles.warrant(root, 0).put("expiryDate", "2013-02-30");
      InputFiles.warrant(root, 1).put("dilution", "SOME").putObject("antiDilution").put("type", "WEIGHTED_AVERAGE");
      root.putArray("financings").addObject().put("start", "2009-01-01").put("end", "2010-01-01")
          .put("probability", 0.5).put("amount", 1e6);
      ((ObjectNode) root.get("simulation")).putObject("earlyExercise").put("degree", 20);
      root.put("extra", true);
    });
    CliRun run = CliRun.of("validate", input.toString());
    assertEquals(2, run.exitCode(), run.out());
    List<String> lines = run.out().strip().lines().toList();
    List<String> expected = List.of(
        "market.spot must be a number but is the string \"abc\"",
        "market.volatilty is not a known field here; known fields: spot, volatility, volatilityCurve, riskFreeRate,"
            + " riskFreeCurve, rateCompounding, dividendYield, sharesOutstanding",
        "warrants[0].expiryDate must be an ISO date (YYYY-MM-DD) but was \"2013-02-30\"",
        "warrants[1].dilution must be one of NONE | SHARE_COUNT but was \"SOME\"",
        "warrants[1].antiDilution.basis is required but missing",
        "financings[0].start (2009-01-01) must be after the valuation date (2009-09-30): financings are future events",
        "simulation.earlyExercise.degree must be between 1 and 8 but was 20",
        "extra is not a known field here; known fields: valuationDate, market, businessCombination, warrants,"
            + " financings, fundamentalTransaction, simulation, notes, entity, currency");
    assertEquals(expected.size() + 1, lines.size(), run.out());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(input + ": " + expected.get(i), lines.get(i));
    }
    assertEquals(input + ": 8 problems", lines.get(expected.size()));
    CliRun value = CliRun.of("value", input.toString());
    assertEquals("warrantlab: " + lines.get(0), value.err().strip());
  }

  @ParameterizedTest
  @MethodSource("org.warrantlab.cli.BadInputTest#badValues")
  void theFirstProblemIsTheErrorValueStopsAt(Consumer<ObjectNode> change, String expected) {
    Path input = InputFiles.variant(directory, change);
    assertFirstLineIsTheCommandsError(input, "value");
  }

  @ParameterizedTest
  @MethodSource("org.warrantlab.cli.RollForwardCommandTest#badBooks")
  void theFirstProblemIsTheErrorRollForwardStopsAt(Consumer<ObjectNode> change, String path) throws IOException {
    Path input = rollForward(change);
    String first = assertFirstLineIsTheCommandsError(input, "rollforward");
    assertTrue(first.startsWith(input + ": " + path + " "), first);
  }

  @Test
  void aRollForwardListsProblemsAcrossPeriodsAndEvents() throws IOException {
    Path input = rollForward(tree -> {
      ObjectNode periods0 = (ObjectNode) tree.get("periods").get(0);
      periods0.put("weightedAverageShares", "many");
      ((ObjectNode) periods0.get("events").get(0)).put("type", "GIFT").put("colour", "red");
      ((ObjectNode) periods0.get("events").get(1).get("market")).put("spot", -1);
      ((ObjectNode) tree.get("periods").get(1).get("market")).remove("volatility");
      ((ObjectNode) tree.get("warrants").get(0)).put("count", 0);
    });
    CliRun run = CliRun.of("validate", input.toString());
    assertEquals(2, run.exitCode());
    List<String> lines = run.out().strip().lines().toList();
    assertEquals(List.of(
        input + ": warrants[0].count must be positive but was 0",
        input + ": periods[0].events[0].type must be one of ISSUANCE | EXERCISE | EXPIRATION | AMENDMENT |"
            + " ANTI_DILUTION_ADJUSTMENT but was \"GIFT\"",
        input + ": periods[0].events[1].market.spot must be positive and finite but was -1.0",
        input + ": periods[0].weightedAverageShares must be a whole number but is the string \"many\"",
        input + ": periods[1].market.volatility is required but missing",
        input + ": 5 problems"), lines);
  }

  @Test
  void aBookingProblemIsFoundWithoutValuing() throws IOException {
    Path input = rollForward(tree -> ((ObjectNode) tree.get("periods").get(0).get("events").get(1))
        .put("count", 2_000_000));
    CliRun run = CliRun.of("validate", input.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.out().startsWith(input + ": periods[0].events[1].count (2000000) exceeds the 1000000 warrants"),
        run.out());
  }

  @Test
  void theKindCanBeStated() throws IOException {
    Path input = rollForward(tree -> { });
    CliRun asValue = CliRun.of("validate", input.toString(), "--kind", "value");
    assertEquals(2, asValue.exitCode());
    assertTrue(asValue.out().startsWith(input + ": valuationDate is required but missing"), asValue.out());
  }

  @Test
  void anUnreadableFileIsOneProblem() {
    Path broken = InputFiles.write(directory, "broken.json", "{ \"valuationDate\": ");
    CliRun run = CliRun.of("validate", broken.toString());
    assertEquals(2, run.exitCode());
    List<String> lines = run.out().strip().lines().toList();
    assertEquals(2, lines.size(), run.out());
    assertTrue(lines.get(0).startsWith(broken + " is not valid JSON at line 1, column "), lines.get(0));
    assertEquals(broken + ": 1 problem", lines.get(1));
    CliRun missing = CliRun.of("validate", directory.resolve("none.json").toString());
    assertTrue(missing.out().startsWith(directory.resolve("none.json") + " cannot be read: no such file"));
  }

  @Test
  void aFileTooLargeForMemoryIsAProblem() {
    Path input = InputFiles.variant(directory, root -> {
      InputFiles.market(root).put("dividendYield", 0.05);
      InputFiles.warrant(root, 0).put("exerciseStyle", "AMERICAN").put("expiryDate", "2099-09-23");
      root.withObject("/simulation").withObject("/earlyExercise").put("datesPerYear", 150)
          .put("calibrationPaths", 8 * 65_536);
    });
    CliRun run = CliRun.of("validate", input.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.out().startsWith(input + ": this needs about "), run.out());
    assertTrue(run.out().contains("calibration paths"), run.out());
  }

  private String assertFirstLineIsTheCommandsError(Path input, String command) {
    CliRun validate = CliRun.of("validate", input.toString());
    CliRun run = CliRun.of(command, input.toString(), "--paths", "2000");
    assertEquals(2, validate.exitCode(), validate.out());
    assertEquals(2, run.exitCode(), run.err());
    String first = validate.out().lines().findFirst().orElseThrow();
    assertEquals(run.err().strip(), "warrantlab: " + first);
    return first;
  }

  private Path rollForward(Consumer<ObjectNode> change) throws IOException {
    ObjectNode tree = (ObjectNode) InputFiles.MAPPER.readTree(RollForwardCommandTest.VALID);
    change.accept(tree);
    return InputFiles.write(directory, "book.json", InputFiles.MAPPER.writeValueAsString(tree));
  }
}
