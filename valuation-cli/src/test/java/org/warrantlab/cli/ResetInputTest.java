package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Anti-dilution clauses, scheduled resets and financings through the command line. */
class ResetInputTest {

  @TempDir
  Path directory;

  /** The valid two-tranche book with a full ratchet on the first tranche and one financing window. */
  private static ObjectNode protectedBook() {
    ObjectNode root = InputFiles.validTree();
    ObjectNode clause = InputFiles.warrant(root, 0).putObject("antiDilution");
    clause.put("type", "FULL_RATCHET").put("floor", 0.5).put("adjustShares", true);
    ObjectNode financing = root.putArray("financings").addObject();
    financing.put("start", "2010-03-01").put("end", "2010-03-31").put("probability", 1.0)
        .put("amount", 25_000_000).put("discount", 0.06)
        .put("priceReference", "LESSER_OF_CLOSE_AND_VWAP").put("vwapDays", 10);
    return root;
  }

  private Path write(Consumer<ObjectNode> change) {
    ObjectNode root = protectedBook();
    change.accept(root);
    try {
      return InputFiles.write(directory, "reset.json", InputFiles.MAPPER.writeValueAsString(root));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode clause(ObjectNode root) {
    return (ObjectNode) InputFiles.warrant(root, 0).get("antiDilution");
  }

  private static ObjectNode financing(ObjectNode root) {
    return (ObjectNode) root.get("financings").get(0);
  }

  @Test
  void aProtectedTrancheIsWorthMoreThanItsClosedForm() throws IOException {
    CliRun run = CliRun.of("value", write(root -> { }).toString(), "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode tranche = InputFiles.MAPPER.readTree(run.out()).get("warrants").get(0);
    assertTrue(tranche.get("closedFormPerWarrant").isNull(), "no closed form for a reset warrant");
    assertEquals("FULL_RATCHET", tranche.get("antiDilution").get("type").asText());
    assertTrue(tranche.get("fairValuePerWarrant").asDouble() > 0.68 * 1.2, tranche.toString());
  }

  @Test
  void explainPrintsTheFinancingAndTheReset() {
    CliRun run = CliRun.of("explain", write(root -> { }).toString(), "--path", "0");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("financing [0]"), run.out());
    assertTrue(run.out().contains("expiry 2008-09"), run.out());
    assertTrue(run.out().contains("Discounted payoff per warrant"), run.out());
  }

  @Test
  void explainRejectsAPathOutsideTheRun() {
    CliRun run = CliRun.of("explain", write(root -> { }).toString(), "--path", "20000");
    assertEquals(2, run.exitCode());
    assertEquals("warrantlab: --path must be between 0 and 19999 but was 20000", run.err().strip());
  }

  static Stream<Arguments> badTerms() {
    return Stream.of(
        Arguments.of(change(root -> clause(root).put("type", "HALF_RATCHET")),
            "warrants[0].antiDilution.type must be one of NONE | FULL_RATCHET | WEIGHTED_AVERAGE but was \"HALF_RATCHET\""),
        Arguments.of(change(root -> clause(root).put("type", "WEIGHTED_AVERAGE")),
            "warrants[0].antiDilution.basis is required but missing"),
        Arguments.of(change(root -> clause(root).put("floor", -0.1)),
            "warrants[0].antiDilution.floor must be non-negative and finite but was -0.1"),
        Arguments.of(change(root -> clause(root).put("maxResets", -1)),
            "warrants[0].antiDilution.maxResets must be zero or more but was -1"),
        Arguments.of(change(root -> clause(root).put("protectionStart", "2011-01-01").put("protectionEnd", "2010-01-01")),
            "warrants[0].antiDilution.protectionEnd (2010-01-01) must not be before protectionStart (2011-01-01)"),
        Arguments.of(change(root -> InputFiles.warrant(root, 0).putArray("scheduledResets").addObject()
                .put("date", "2009-06-30").put("price", 1.26)),
            "warrants[0].scheduledResets[0].date (2009-06-30) must be after the valuation date (2009-09-30)"),
        Arguments.of(change(root -> InputFiles.warrant(root, 0).putArray("scheduledResets").addObject()
                .put("date", "2012-09-18").put("priceReference", "FIXED")),
            "warrants[0].scheduledResets[0].price is required but missing"),
        Arguments.of(change(root -> financing(root).put("start", "2009-09-01")),
            "financings[0].start (2009-09-01) must be after the valuation date (2009-09-30)"),
        Arguments.of(change(root -> financing(root).put("end", "2010-02-01")),
            "financings[0].end (2010-02-01) must not be before start (2010-03-01)"),
        Arguments.of(change(root -> financing(root).put("probability", 1.5)),
            "financings[0].probability must be between 0 and 1 but was 1.5"),
        Arguments.of(change(root -> financing(root).put("intensity", 2.0)),
            "financings[0].probability or intensity must be given, one of them"),
        Arguments.of(change(root -> financing(root).remove("amount")),
            "financings[0].amount or shares must be given, one of them and positive"),
        Arguments.of(change(root -> financing(root).put("discount", 1.0)),
            "financings[0].discount must be at least 0 and below 1 but was 1.0"),
        Arguments.of(change(root -> financing(root).put("priceReference", "CLOSE")),
            "financings[0].vwapDays applies only to VWAP and LESSER_OF_CLOSE_AND_VWAP pricing"),
        Arguments.of(change(root -> financing(root).put("vwapDays", 0)),
            "financings[0].vwapDays must be positive but was 0"),
        Arguments.of(change(root -> ((ArrayNode) root.get("financings")).add("monthly")),
            "financings[1] must be an object but is the string \"monthly\""));
  }

  @ParameterizedTest
  @MethodSource("badTerms")
  void badTermsAreNamedWithTheirPath(Consumer<ObjectNode> change, String expected) {
    Path input = write(change);
    CliRun run = CliRun.of("value", input.toString());
    String err = run.err().strip();
    assertEquals(2, run.exitCode(), err);
    assertEquals("", run.out());
    assertFalse(err.contains("\n") || err.contains("Exception"), err);
    assertTrue(err.startsWith("warrantlab: " + input + ": "), err);
    assertTrue(err.contains(expected), () -> err + "\n  should contain: " + expected);
  }

  private static Consumer<ObjectNode> change(Consumer<ObjectNode> change) {
    return change;
  }
}
