package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad redemption rights, make-whole tables and corporate events: one line naming the file and JSON path,
 * exit code 2, no stack trace, no output file.
 */
class BadContingencyInputTest {

  @TempDir
  Path directory;

  private static ObjectNode redemption(ObjectNode root) {
    ObjectNode warrant = InputFiles.warrant(root, 0);
    ObjectNode right = warrant.putArray("redemption").addObject();
    right.put("triggerPrice", 3.0).put("days", 20).put("window", 30).put("lagDays", 3).put("noticeDays", 30)
        .put("price", 0.01).put("from", "2009-10-30").put("settlement", "CASH");
    return right;
  }

  private static ObjectNode table(ObjectNode root) {
    ObjectNode table = InputFiles.warrant(root, 0).putObject("makeWholeTable");
    table.putArray("fairMarketValues").add(10).add(11);
    table.putArray("monthsToExpiry").add(0).add(12);
    ArrayNode rows = table.putArray("sharesPerWarrant");
    rows.addArray().add(0.0).add(0.05);
    rows.addArray().add(0.042).add(0.1);
    table.put("cap", 0.361);
    return table;
  }

  static Stream<Arguments> badTerms() {
    return Stream.of(
        Arguments.of((Consumer<ObjectNode>) root -> redemption(root).put("window", 10),
            "warrants[0].redemption[0].window (10) must be at least days (20)"),
        Arguments.of((Consumer<ObjectNode>) root -> redemption(root).put("triggerPrice", 0),
            "warrants[0].redemption[0].triggerPrice must be positive and finite but was 0.0"),
        Arguments.of((Consumer<ObjectNode>) root -> redemption(root).put("from", "2014-01-01"),
            "warrants[0].redemption[0].from (2014-01-01) must be in the tranche's life"),
        Arguments.of((Consumer<ObjectNode>) root -> redemption(root).put("settlement", "MAKE_WHOLE"),
            "warrants[0].redemption[0].settlement MAKE_WHOLE reads the tranche's makeWholeTable, which is missing"),
        Arguments.of((Consumer<ObjectNode>) root -> {
          redemption(root).put("settlement", "MAKE_WHOLE");
          ((ArrayNode) table(root).get("sharesPerWarrant").get(1)).remove(1);
        }, "warrants[0].makeWholeTable.sharesPerWarrant[1] has 1 cells but there are 2 monthsToExpiry: the table"
            + " has a hole"),
        Arguments.of((Consumer<ObjectNode>) root -> {
          redemption(root).put("settlement", "MAKE_WHOLE");
          ((ArrayNode) table(root).get("sharesPerWarrant").get(0)).set(1, InputFiles.MAPPER.nullNode());
        }, "warrants[0].makeWholeTable.sharesPerWarrant[0][1] must be a number but is null"),
        Arguments.of((Consumer<ObjectNode>) root -> root.putObject("businessCombination").put("probability", 1.2)
            .put("date", "2010-03-31"), "businessCombination.probability must be"),
        Arguments.of((Consumer<ObjectNode>) root -> {
          InputFiles.warrant(root, 0).remove("expiryDate");
          InputFiles.warrant(root, 0).put("expiryYearsAfterCombination", 5);
        }, "warrants[0].expiryYearsAfterCombination needs the book's businessCombination"),
        Arguments.of((Consumer<ObjectNode>) root -> root.putObject("fundamentalTransaction").put("probability", 0.5)
            .put("start", "2010-01-01").put("end", "2011-01-01").putObject("blackScholesValue")
            .put("volatilityFloor", 1.0).put("historicalDays", 100).put("rate", "FLAT"),
            "fundamentalTransaction.blackScholesValue.rate must be \"CURVE\" or a number but was \"FLAT\""),
        Arguments.of((Consumer<ObjectNode>) root -> root.putObject("fundamentalTransaction").put("start", "2010-01-01")
            .put("end", "2011-01-01").putObject("blackScholesValue").put("volatilityFloor", 1.0)
            .put("historicalDays", 100), "fundamentalTransaction.probability or intensity must be given"));
  }

  @ParameterizedTest
  @MethodSource("badTerms")
  void badTermsAreRefusedInOneLineNamingTheJsonPath(Consumer<ObjectNode> change, String expected) {
    Path input = InputFiles.variant(directory, change);
    Path output = directory.resolve("must-not-exist.json");
    CliRun run = CliRun.of("value", input.toString(), "--output", output.toString());
    String err = run.err().strip();
    assertEquals(2, run.exitCode(), err);
    assertFalse(err.contains("\n"), () -> "one line: " + err);
    assertFalse(err.contains("Exception") || err.contains("\tat "), () -> "no stack trace: " + err);
    assertTrue(err.startsWith("warrantlab: " + input), err);
    assertTrue(err.contains(expected), () -> err + "\n  should contain: " + expected);
    assertFalse(Files.exists(output), "no output file");
  }
}
