package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warrantlab.cli.Main;

/**
 * The README's Greeks, sweep, convergence and tornado commands on the examples (with fewer paths, to stay
 * quick), and the example charts the README shows.
 */
class SensitivityExamplesTest {

  /** The example inputs; the tests run from the repository root. */
  private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path directory;

  @Test
  void greeksOfThePlainExampleSitBesideBlackScholes() throws IOException {
    JsonNode warrant = json("greeks", example("plain-warrant.json"), "--format", "json").get("warrants").get(0);
    // 4 standard errors: false-failure rate about 6.3e-5 per figure for a fresh seed; the example's seed is fixed.
    // Pathwise estimates are unbiased; a 1% bump's truncation error is far below 4 standard errors here.
    for (String greek : new String[] {"delta", "vega"}) {
      double exact = warrant.get("closedForm").get(greek).get("value").asDouble();
      JsonNode pathwise = warrant.get("pathwise").get(greek);
      assertTrue(Math.abs(pathwise.get("value").asDouble() - exact) < 4 * pathwise.get("standardError").asDouble(),
          greek + ": " + warrant);
    }
  }

  @Test
  void theFinancingProbabilitySweepOfTheCapstoneBookWritesItsChart() throws IOException {
    Path chart = directory.resolve("probability.png");
    JsonNode cells = json("sweep", example("capstone-2009-09-30.json"), "--vary", "financings[0].probability=0:1:0.25",
        "--tranche", "2008-09", "--paths", "20000", "--format", "json", "--chart", chart.toString()).get("cells");
    assertEquals(5, cells.size());
    double previous = 0;
    for (JsonNode cell : cells) {
      double ratchet = cell.get("warrants").get(1).get("fairValuePerWarrant").asDouble();
      assertTrue(ratchet > previous, "a likelier down round is worth more to a full ratchet: " + cells);
      previous = ratchet;
    }
    assertNotNull(ImageIO.read(chart.toFile()));
  }

  @Test
  void theTornadoAndConvergenceOfTheExamplesRun() throws IOException {
    JsonNode tornado = json("tornado", example("capstone-2009-09-30.json"), "--paths", "10000", "--format", "json");
    assertEquals("Share price", tornado.get("inputs").get(0).get("input").asText());
    JsonNode runs = json("converge", example("plain-warrant.json"), "--paths", "16000", "--format", "json").get("runs");
    assertEquals(16_000, runs.get(runs.size() - 1).get("paths").asLong());
  }

  @Test
  void theChartsTheReadmeShowsAreImages() throws IOException {
    try (Stream<Path> charts = Files.list(EXAMPLES.resolve("charts"))) {
      for (Path chart : charts.filter(p -> p.toString().endsWith(".png")).toList()) {
        assertNotNull(ImageIO.read(chart.toFile()), chart.toString());
        assertTrue(Files.size(chart) > 25_000, chart.toString());
      }
    }
  }

  @Test
  void theReadmesChartCommandsRedrawTheCommittedChartsWithoutTouchingThem() throws IOException {
    Path redrawn = Path.of("examples", "target", "readme-charts");
    Files.createDirectories(redrawn);
    for (ReadmeCommandsTest.Example example : ReadmeCommandsTest.examples()) {
      int at = example.args().indexOf("--chart");
      if (at < 0 || !Files.exists(EXAMPLES.resolve("charts").resolve(example.args().get(at + 1)))) {
        continue;
      }
      String name = example.args().get(at + 1);
      java.util.List<String> args = new java.util.ArrayList<>(example.args());
      args.set(at + 1, redrawn.resolve(name).toString());
      StringWriter out = new StringWriter();
      assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args.toArray(String[]::new)));
      java.awt.image.BufferedImage drawn = ImageIO.read(redrawn.resolve(name).toFile());
      java.awt.image.BufferedImage committed = ImageIO.read(EXAMPLES.resolve("charts").resolve(name).toFile());
      assertEquals(committed.getWidth(), drawn.getWidth(), name);
      assertEquals(committed.getHeight(), drawn.getHeight(), name);
    }
  }

  private static String example(String name) {
    return EXAMPLES.resolve(name).toString();
  }

  private static JsonNode json(String... args) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    assertEquals(0, exitCode, err.toString());
    assertEquals("", err.toString());
    return MAPPER.readTree(out.toString());
  }
}
