package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SweepCommandTest {

  @TempDir
  Path directory;

  private Path input() {
    return InputFiles.write(directory, "book.json", InputFiles.VALID);
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertEquals(0, run.exitCode(), run.err());
    return InputFiles.MAPPER.readTree(run.out());
  }

  @Test
  void everyCellHasItsInputsValuesAndStandardErrors() throws IOException {
    JsonNode report = json(CliRun.of("sweep", InputFiles.uncontrolled(directory).toString(), "--vary",
        "market.volatility=0.4:0.8:0.2", "--format", "json", "--paths", "4000"));
    assertEquals("market.volatility", report.get("axes").get(0).get("input").asText());
    assertEquals(0.8, report.get("axes").get(0).get("fileValue").asDouble(), 0.0);
    JsonNode cells = report.get("cells");
    assertEquals(3, cells.size());
    assertEquals(0.6, cells.get(1).get("inputs").get("market.volatility").asDouble(), 0.0);
    for (JsonNode cell : cells) {
      assertTrue(cell.get("totalStandardError").asDouble() > 0);
      assertEquals(2, cell.get("warrants").size());
      assertTrue(cell.get("warrants").get(0).get("standardError").asDouble() > 0);
      assertEquals(20091130, cell.get("seed").asLong());
    }
  }

  /** Common random numbers: a cell is exactly {@code value} on the file with that input changed. */
  @Test
  void aCellIsTheValuationOfTheChangedFileWithTheSameSeed() throws IOException {
    JsonNode cell = json(CliRun.of("sweep", input().toString(), "--vary", "warrants[1].exercisePrice=1.2,1.6",
        "--format", "json", "--paths", "4000")).get("cells").get(1);
    ObjectNode changed = InputFiles.validTree();
    InputFiles.warrant(changed, 1).put("exercisePrice", 1.6);
    JsonNode value = json(CliRun.of("value", InputFiles.write(directory, "changed.json", changed).toString(),
        "--format", "json", "--paths", "4000"));
    assertEquals(value.get("totalFairValue").asDouble(), cell.get("totalFairValue").asDouble(), 0.0);
    assertEquals(value.get("totalStandardError").asDouble(), cell.get("totalStandardError").asDouble(), 0.0);
  }

  /**
   * The full-ratchet tranche facing a down round, on a 3 × 3 grid of volatility and spot through the
   * command line: the value rises along both axes (the core's sweep tests show the same on a fine grid,
   * where it takes common random numbers).
   */
  @Test
  void aResetWarrantsSurfaceRisesWithVolatilityAndSpot() throws IOException {
    Path reset = InputFiles.write(directory, "reset.json", InputFiles.resetTree());
    JsonNode cells = json(CliRun.of("sweep", reset.toString(), "--vary", "market.volatility=0.6:1.0:0.2",
        "--vary", "market.spot=1.0:1.6:0.3", "--tranche", "2008-09", "--format", "json", "--paths", "10000"))
        .get("cells");
    assertEquals(9, cells.size());
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        double value = perWarrant(cells.get(3 * i + j));
        if (i < 2) {
          assertTrue(perWarrant(cells.get(3 * (i + 1) + j)) > value, "volatility step at " + i + ", " + j);
        }
        if (j < 2) {
          assertTrue(perWarrant(cells.get(3 * i + j + 1)) > value, "spot step at " + i + ", " + j);
        }
      }
    }
  }

  private static double perWarrant(JsonNode cell) {
    return cell.get("warrants").get(0).get("fairValuePerWarrant").asDouble();
  }

  @Test
  void jsonIsBitIdenticalOnOneThreadAndTwo() {
    Path file = input();
    String[] sweep = {"sweep", file.toString(), "--vary", "market.volatility=0.5,0.9", "--vary",
        "market.spot=1.2,1.4", "--format", "json", "--paths", "4000"};
    CliRun one = CliRun.of(append(sweep, "--threads", "1"));
    CliRun two = CliRun.of(append(sweep, "--threads", "2"));
    assertEquals(0, one.exitCode(), one.err());
    assertEquals(one.out(), two.out());
  }

  @Test
  void csvHasARowPerTrancheAndATotalPerCell() {
    CliRun run = CliRun.of("sweep", input().toString(), "--vary", "market.spot=1.2,1.4", "--vary",
        "financings[0].probability=0,1", "--format", "csv", "--paths", "2000");
    assertTrue(run.err().contains("financings"), "the file has no financings: " + run.err());
    CliRun csv = CliRun.of("sweep", input().toString(), "--vary", "market.spot=1.2,1.4", "--vary",
        "market.dividendYield=0,0.02", "--format", "csv", "--paths", "2000");
    assertEquals(0, csv.exitCode(), csv.err());
    String[] lines = csv.out().strip().split("\n");
    assertEquals(1 + 4 * 3, lines.length);
    assertTrue(lines[0].startsWith("\"market.spot\",\"market.dividendYield\",\"id\",\"fairValuePerWarrant\",\"standardError\""),
        lines[0]);
    assertTrue(lines[3].startsWith("1.2,0,\"TOTAL\","), lines[3]);
  }

  @Test
  void tableEchoesTheVariedInputAndTheSeedOfEveryCell() {
    CliRun run = CliRun.of("sweep", input().toString(), "--vary", "market.volatility=0.4:0.8:0.2", "--paths", "2000");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("market.volatility: 3 values from 0.4 to 0.8 (the file: 0.8)"), run.out());
    assertTrue(run.out().contains("2,000 paths (antithetic pairs), seed 20091130"), run.out());
    assertTrue(run.out().contains("Total fair value ± std error"), run.out());
    assertEquals("", run.err(), "no progress bar unless asked for or in a terminal");
  }

  @Test
  void progressAskedForStaysQuietForARunShorterThanASecond() {
    CliRun quiet = CliRun.of("sweep", input().toString(), "--vary", "market.spot=1.2,1.4", "--paths", "2000",
        "--format", "json");
    CliRun shown = CliRun.of("sweep", input().toString(), "--vary", "market.spot=1.2,1.4", "--paths", "2000",
        "--format", "json", "--progress");
    assertEquals(0, shown.exitCode(), shown.err());
    assertEquals(quiet.out(), shown.out());
    assertEquals("", shown.err(), "the bar appears only after a second");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "market.volatilty=0.4:1.2:0.1 | market.volatilty is not an input that can be varied; the inputs are market.{spot,",
      "market.volatility=1.2:0.4:0.1 | is empty: the end is below the start",
      "market.volatility=0.4:1.2 | must be FROM:TO:STEP",
      "market.volatility=0.4:x:0.1 | 'x' is not a number",
      "market.volatility=0.4:1.2:0 | needs a positive step",
      "warrants[0].id=1:2:1 | warrants[0].id is not an input that can be varied",
      "warrants[5].exercisePrice=1,2 | with --vary warrants[5].exercisePrice=1: tranche [5] is not in the book, which"
          + " has 2 tranches",
      "market.volatility=-0.2,0.4 | with --vary market.volatility=-0.2: market.volatility must be non-negative and"
          + " finite but was -0.2",
      "warrants[0].count=1.5 | with --vary warrants[0].count=1.5: warrants[0].count must be a whole number but was 1.5",
      "financings[0].probability=0,1 | financing [0] is not among the assumptions: there are none",
      "market | must be PATH=FROM:TO:STEP or PATH=V1,V2,...",
      "market.=1 | is not an input path"
  })
  void badVaryIsOneLineExitTwoAndNoOutput(String vary, String message) throws IOException {
    Path output = directory.resolve("out.json");
    Path chart = directory.resolve("chart.png");
    CliRun run = CliRun.of("sweep", input().toString(), "--vary", vary, "--paths", "2000", "--output",
        output.toString(), "--chart", chart.toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains(message), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(Files.exists(output));
    assertFalse(Files.exists(chart));
    try (var listing = Files.list(directory)) {
      assertEquals(1, listing.count(), "only the input file is left");
    }
  }

  @Test
  void aThirdVaryOrAnUnknownTrancheIsRefused() {
    CliRun three = CliRun.of("sweep", input().toString(), "--vary", "market.spot=1", "--vary",
        "market.volatility=1", "--vary", "market.riskFreeRate=0.01");
    assertEquals(2, three.exitCode());
    assertTrue(three.err().contains("a sweep varies one or two inputs"), three.err());
    CliRun tranche = CliRun.of("sweep", input().toString(), "--vary", "market.spot=1", "--tranche", "nope");
    assertEquals(2, tranche.exitCode());
    assertTrue(tranche.err().contains("the file's tranches are 2008-09, 2009-09"), tranche.err());
  }

  static String[] append(String[] args, String... more) {
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }
}
