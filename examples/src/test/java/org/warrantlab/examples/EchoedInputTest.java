package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code input} a {@code value} JSON report echoes (clauses, scheduled resets and financings in the input's own
 * shape, the settings as run) is an input: run again, it gives the same report, figure for figure and byte for
 * byte but for the audit trail's file name and fingerprint.
 */
class EchoedInputTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path directory;

  static Stream<Path> valueInputs() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("examples"))) {
      return files.filter(file -> file.toString().endsWith(".json") && !file.toString().endsWith("-rollforward.json"))
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("valueInputs")
  void theEchoedInputRunAgainGivesTheSameReport(Path example) throws IOException {
    String first = AuditFileTest.run("value", example.toString(), "--format", "json", "--paths", "20000");
    JsonNode report = MAPPER.readTree(first);
    Path echoed = directory.resolve("echoed.json");
    Files.writeString(echoed, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report.get("input")));
    JsonNode again = MAPPER.readTree(AuditFileTest.run("value", echoed.toString(), "--format", "json"));
    assertEquals(20000, again.get("input").get("simulation").get("paths").asLong(), "the paths as run are echoed");
    assertTrue(report.get("warrants").get(0).get("antiDilution").isObject(), "the clause is structured");
    ObjectNode expected = report.deepCopy();
    ObjectNode actual = again.deepCopy();
    for (ObjectNode node : new ObjectNode[] {expected, actual}) {
      ObjectNode audit = (ObjectNode) node.get("audit");
      audit.remove("input");
      audit.remove("inputSha256");
    }
    assertEquals(expected, actual, example.toString());
  }
}
