package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warrantlab.cli.Main;

/** Runs every example input the way the README does, so that none can silently rot. */
class ExamplesTest {

  private static final Path EXAMPLES = Path.of("").toAbsolutePath();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<Path> exampleInputs() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList().stream();
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

  @Test
  void hullExampleGives587PerWarrant() throws IOException {
    JsonNode warrant = valueAsJson(EXAMPLES.resolve("hull-dilution.json")).get("warrants").get(0);
    double closedForm = warrant.get("closedFormPerWarrant").asDouble();
    assertEquals(5.87, closedForm, 0.005);
    // 4 standard errors: false-failure rate about 6.3e-5 for a fresh seed; the example's seed is fixed.
    double distance = Math.abs(warrant.get("fairValuePerWarrant").asDouble() - closedForm);
    assertTrue(distance < 4 * warrant.get("standardError").asDouble(), warrant.toString());
  }

  private static JsonNode valueAsJson(Path input) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.run(new PrintWriter(out), new PrintWriter(err), "value", input.toString(), "--format", "json");
    assertEquals(0, exitCode, err.toString());
    return MAPPER.readTree(out.toString());
  }
}
