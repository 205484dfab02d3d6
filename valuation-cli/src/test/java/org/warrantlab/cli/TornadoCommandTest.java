package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TornadoCommandTest {

  @TempDir
  Path directory;

  private JsonNode tornado(String... options) throws IOException {
    String file = InputFiles.write(directory, "reset.json", InputFiles.resetTree()).toString();
    CliRun run = CliRun.of(SweepCommandTest.append(new String[] {"tornado", file, "--format", "json", "--paths", "4000"},
        options));
    assertEquals(0, run.exitCode(), run.err());
    return InputFiles.MAPPER.readTree(run.out());
  }

  @Test
  void theLevel3InputsAreEachMovedAloneAndSortedWidestFirst() throws IOException {
    JsonNode report = tornado();
    List<String> inputs = new ArrayList<>();
    double previous = Double.POSITIVE_INFINITY;
    for (JsonNode bar : report.get("inputs")) {
      inputs.add(bar.get("input").asText());
      assertTrue(bar.get("swing").asDouble() <= previous);
      previous = bar.get("swing").asDouble();
    }
    assertEquals(List.of("Dividend yield", "Financing [0] discount", "Financing [0] probability", "Risk-free rate",
        "Share price", "Term", "Volatility"), inputs.stream().sorted().toList());
    // the yield is 0 in the file and cannot go lower: its low setting is the base, to the bit
    JsonNode dividend = bar(report, "Dividend yield");
    assertEquals(report.get("base").get("value").asDouble(), dividend.get("atLow").get("value").asDouble(), 0.0);
    assertTrue(bar(report, "Share price").get("atHigh").get("value").asDouble()
        > bar(report, "Share price").get("atLow").get("value").asDouble());
  }

  @Test
  void aRangeReplacesAnInputsDefaultOrAddsAnyNumericInput() throws IOException {
    JsonNode report = tornado("--range", "market.volatility=0.5:1.1", "--range", "warrants[1].exercisePrice=1.0:2.0",
        "--tranche", "2009-09");
    assertEquals("50.00%", bar(report, "Volatility").get("low").asText());
    JsonNode strike = bar(report, "warrants[1].exercisePrice");
    assertTrue(strike.get("atLow").get("value").asDouble() > strike.get("atHigh").get("value").asDouble());
    assertEquals("2009-09", report.get("measure").get("tranche").asText());
  }

  @Test
  void aRangeTheContractRefusesOrAnUnknownPathIsOneLineNamingTheOption() {
    String file = InputFiles.write(directory, "reset.json", InputFiles.resetTree()).toString();
    CliRun negative = CliRun.of("tornado", file, "--paths", "2000", "--range", "market.volatility=-0.5:0.5");
    assertEquals(2, negative.exitCode());
    assertEquals("warrantlab: " + file + " with --range market.volatility=-0.5:0.5: market.volatility must be"
        + " non-negative and finite but was -0.5", negative.err().strip());
    CliRun unknown = CliRun.of("tornado", file, "--paths", "2000", "--range", "market.nothing=0:1");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("market.nothing is not an input that can be varied; the inputs are"),
        unknown.err());
    assertEquals(1, unknown.err().strip().lines().count());
  }

  @Test
  void jsonIsBitIdenticalOnOneThreadAndTwo() throws IOException {
    assertEquals(tornado("--threads", "1"), tornado("--threads", "2"));
  }

  private static JsonNode bar(JsonNode report, String input) {
    for (JsonNode bar : report.get("inputs")) {
      if (bar.get("input").asText().equals(input)) {
        return bar;
      }
    }
    throw new AssertionError("no bar for " + input);
  }
}
