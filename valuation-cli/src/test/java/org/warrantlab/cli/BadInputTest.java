package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input: one line naming the file and JSON path, exit code 2, no stack trace, no output file. */
class BadInputTest {

  @TempDir
  Path directory;

  static Stream<String> requiredFields() {
    return Stream.of("valuationDate", "market", "market.spot", "market.volatility", "market.riskFreeRate",
        "market.sharesOutstanding", "warrants", "warrants[0].id", "warrants[0].count",
        "warrants[0].exercisePrice", "warrants[0].issueDate", "warrants[1].expiryDate");
  }

  @ParameterizedTest
  @MethodSource("requiredFields")
  void everyMissingRequiredFieldIsNamed(String path) {
    Path input = InputFiles.variant(directory, root -> remove(root, path));
    assertRejected(input, path + " is required but missing");
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of(change(root -> InputFiles.market(root).put("volatility", Double.NaN)),
            "market.volatility must be non-negative and finite but was NaN"),
        Arguments.of(change(root -> InputFiles.market(root).put("volatility", -0.2)),
            "market.volatility must be non-negative and finite but was -0.2"),
        Arguments.of(change(root -> InputFiles.market(root).put("spot", 0)),
            "market.spot must be positive and finite but was 0.0"),
        Arguments.of(change(root -> InputFiles.market(root).put("spot", "1.32")),
            "market.spot must be a number but is the string \"1.32\""),
        Arguments.of(change(root -> InputFiles.market(root).put("riskFreeRate", Double.POSITIVE_INFINITY)),
            "market.riskFreeRate must be finite but was Infinity"),
        Arguments.of(change(root -> InputFiles.market(root).put("sharesOutstanding", 1.5)),
            "market.sharesOutstanding must be a whole number but is the number 1.5"),
        Arguments.of(change(root -> InputFiles.market(root).put("rateCompounding", "MONTHLY")),
            "market.rateCompounding must be one of CONTINUOUS | ANNUAL | SEMI_ANNUAL but was \"MONTHLY\""),
        Arguments.of(change(root -> InputFiles.warrant(root, 1).put("count", -5)),
            "warrants[1].count must be positive but was -5"),
        Arguments.of(change(root -> InputFiles.warrant(root, 0).put("exercisePrice", Double.NaN)),
            "warrants[0].exercisePrice must be positive and finite but was NaN"),
        Arguments.of(change(root -> InputFiles.warrant(root, 0).put("expiryDate", "2008-01-01")),
            "warrants[0].expiryDate (2008-01-01) must not be before issueDate (2008-09-23)"),
        Arguments.of(change(root -> InputFiles.warrant(root, 0).put("expiryDate", "2009-09-29")),
            "warrants[0].expiryDate (2009-09-29) is before the valuation date (2009-09-30): the warrant has expired"),
        Arguments.of(change(root -> InputFiles.warrant(root, 0).put("expiryDate", "2013-02-30")),
            "warrants[0].expiryDate must be an ISO date (YYYY-MM-DD) but was \"2013-02-30\""),
        Arguments.of(change(root -> InputFiles.warrant(root, 0).put("exerciseStyle", "ASIAN")),
            "warrants[0].exerciseStyle must be one of EUROPEAN | AMERICAN | BERMUDAN but was \"ASIAN\""),
        Arguments.of(change(root -> InputFiles.warrant(root, 0).put("exerciseStyle", "BERMUDAN")),
            "warrants[0].exerciseDates are required for a BERMUDAN warrant"),
        Arguments.of(change(root -> InputFiles.warrant(root, 0).put("exerciseStyle", "BERMUDAN")
                .putArray("exerciseDates").add("2010-09-30").add("2010-13-01")),
            "warrants[0].exerciseDates[1] must be an ISO date (YYYY-MM-DD) but was \"2010-13-01\""),
        Arguments.of(change(root -> InputFiles.warrant(root, 0).put("exerciseStyle", "BERMUDAN")
                .putArray("exerciseDates").add("2010-09-30").add("2030-01-01")),
            "warrants[0].exerciseDates[1] (2030-01-01) must be between issueDate"),
        Arguments.of(change(root -> ((ObjectNode) root.get("simulation")).putObject("earlyExercise").put("degree", 12)),
            "simulation.earlyExercise.degree must be between 1 and 8 but was 12"),
        Arguments.of(change(root -> ((ObjectNode) root.get("simulation")).putObject("earlyExercise").put("basis", "HERMITE")),
            "simulation.earlyExercise.basis must be one of POLYNOMIAL | LAGUERRE but was \"HERMITE\""),
        Arguments.of(change(root -> ((ObjectNode) root.get("simulation")).putObject("earlyExercise").put("calibrationPaths", 10)),
            "simulation.earlyExercise.calibrationPaths must be at least 1000"),
        Arguments.of(change(root -> ((ObjectNode) root.get("simulation")).putObject("earlyExercise").put("datesPerYear", 10_000_000_000L)),
            "simulation.earlyExercise.datesPerYear must be a whole number of at most 2147483647 in size"),
        Arguments.of(change(root -> InputFiles.warrant(root, 1).put("id", "2008-09")),
            "warrants[1].id \"2008-09\" is used by an earlier tranche"),
        Arguments.of(change(root -> InputFiles.market(root).put("volatilty", 0.8)),
            "market.volatilty is not a known field here"),
        Arguments.of(change(root -> root.putArray("warrants")),
            "warrants must list at least one entry"),
        Arguments.of(change(root -> ((ObjectNode) root.get("simulation")).put("paths", 1)),
            "simulation.paths must be at least 2 but was 1"),
        Arguments.of(change(root -> ((ObjectNode) root.get("simulation")).put("method", "HALTON")),
            "simulation.method must be one of PSEUDO | SOBOL but was \"HALTON\""),
        Arguments.of(change(root -> ((ObjectNode) root.get("simulation")).put("method", "SOBOL")
            .put("randomisations", 1)),
            "simulation.randomisations must be between 2 and 1024 (a standard error needs at least two independent"
                + " randomisations) but was 1"),
        Arguments.of(change(root -> ((ObjectNode) root.get("simulation")).put("randomisations", 2.5)),
            "simulation.randomisations must be a whole number but is the number 2.5"));
  }

  @ParameterizedTest
  @MethodSource("badValues")
  void badValuesAreNamedWithTheirPath(Consumer<ObjectNode> change, String expected) {
    assertRejected(InputFiles.variant(directory, change), expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{ \"valuationDate\": \"2009-09-30\", ", "[1, 2]", "", "{} {}", "{\"market\": nope}"})
  void malformedJsonIsRejectedWithItsLocation(String text) {
    Path input = InputFiles.write(directory, "broken.json", text);
    CliRun run = assertRejected(input, "");
    assertTrue(run.err().contains("JSON") || run.err().contains("empty"), run.err());
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = directory.resolve("no-such-input.json");
    assertRejected(missing, "cannot be read: no such file");
  }

  @Test
  void badCommandLineValuesExitWith2() {
    Path input = InputFiles.write(directory, "book.json", InputFiles.VALID);
    CliRun format = CliRun.of("value", input.toString(), "--format", "xml");
    assertEquals(2, format.exitCode());
    CliRun paths = CliRun.of("value", input.toString(), "--paths", "0");
    assertEquals(2, paths.exitCode());
    assertEquals("warrantlab: --paths must be at least 2 but was 0", paths.err().strip());
  }

  @Test
  void aFailedRunNeverTouchesAnExistingOutputFile() throws IOException {
    Path output = Files.writeString(directory.resolve("report.json"), "previous report");
    Path input = InputFiles.variant(directory, root -> InputFiles.market(root).put("volatility", -1));
    CliRun run = CliRun.of("value", input.toString(), "--output", output.toString());
    assertEquals(2, run.exitCode());
    assertEquals("previous report", Files.readString(output));
  }

  private CliRun assertRejected(Path input, String expectedMessage) {
    Path output = directory.resolve("must-not-exist.json");
    CliRun run = CliRun.of("value", input.toString(), "--output", output.toString());
    String err = run.err().strip();
    assertEquals(2, run.exitCode(), err);
    assertEquals("", run.out());
    assertFalse(err.contains("\n"), () -> "one line: " + err);
    assertFalse(err.contains("Exception") || err.contains("\tat "), () -> "no stack trace: " + err);
    assertTrue(err.startsWith("warrantlab: " + input), err);
    assertTrue(err.contains(expectedMessage), () -> err + "\n  should contain: " + expectedMessage);
    assertFalse(Files.exists(output), "no output file");
    return run;
  }

  private static Consumer<ObjectNode> change(Consumer<ObjectNode> change) {
    return change;
  }

  /** Removes the field at a simple path such as {@code market.spot} or {@code warrants[0].id}. */
  private static void remove(ObjectNode root, String path) {
    ObjectNode parent = root;
    String[] parts = path.split("\\.");
    for (int i = 0; i < parts.length - 1; i++) {
      String part = parts[i];
      if (part.endsWith("]")) {
        int open = part.indexOf('[');
        int index = Integer.parseInt(part.substring(open + 1, part.length() - 1));
        parent = (ObjectNode) parent.get(part.substring(0, open)).get(index);
      } else {
        parent = (ObjectNode) parent.get(part);
      }
    }
    parent.remove(parts[parts.length - 1]);
  }
}
