package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code rollforward} command: its reports, and its one-line errors for bad periods and events. */
class RollForwardCommandTest {

  private static final String MARKET = """
      { "spot": %s, "volatility": 0.8, "riskFreeRate": 0.024, "sharesOutstanding": 190000000 }""";

  static final String VALID = """
      {
        "fiscalYearStart": "04-01",
        "opening": { "date": "2009-03-31", "market": %s },
        "warrants": [
          { "id": "A", "count": 1000000, "exercisePrice": 1.30, "issueDate": "2007-01-23",
            "expiryDate": "2012-01-23",
            "antiDilution": { "type": "FULL_RATCHET", "floor": 0.5 } },
          { "id": "B", "count": 500000, "exercisePrice": 0.95, "issueDate": "2009-05-07",
            "expiryDate": "2009-09-15" }
        ],
        "periods": [
          { "end": "2009-06-30", "weightedAverageShares": 183749000, "market": %s,
            "financings": [ { "start": "2009-09-01", "end": "2009-09-30", "probability": 0.5,
                              "amount": 25000000, "discount": 0.06 } ],
            "events": [
              { "type": "ISSUANCE", "tranche": "B", "date": "2009-05-07", "market": %s },
              { "type": "EXERCISE", "tranche": "A", "date": "2009-06-15", "count": 250000, "market": %s }
            ] },
          { "end": "2009-09-30", "weightedAverageShares": 191170000, "market": %s,
            "events": [
              { "type": "EXPIRATION", "tranche": "B", "date": "2009-09-15", "spot": 0.90 },
              { "type": "AMENDMENT", "tranche": "A", "date": "2009-09-18", "exercisePrice": 1.10, "market": %s }
            ] }
        ],
        "simulation": { "paths": 4000, "seed": 7 },
        "notes": [ "test book" ]
      }
      """.formatted(MARKET.formatted("0.72"), MARKET.formatted("0.83"), MARKET.formatted("0.86"),
      MARKET.formatted("0.90"), MARKET.formatted("1.32"), MARKET.formatted("1.25"));

  @TempDir
  Path directory;

  private Path input(Consumer<ObjectNode> change) {
    try {
      ObjectNode tree = (ObjectNode) InputFiles.MAPPER.readTree(VALID);
      change.accept(tree);
      return InputFiles.write(directory, "book.json", InputFiles.MAPPER.writeValueAsString(tree));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private Path valid() {
    return input(tree -> { });
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertEquals(0, run.exitCode(), run.err());
    return InputFiles.MAPPER.readTree(run.out());
  }

  @Test
  void everyRowOfTheJsonReportFootsAndTheEventsAreBooked() throws IOException {
    JsonNode report = json(CliRun.of("rollforward", valid().toString(), "--format", "json"));
    for (JsonNode row : report.get("rollforward")) {
      BigDecimal sum = row.get("opening").decimalValue().add(row.get("issuances").decimalValue())
          .add(row.get("exercises").decimalValue()).add(row.get("expirations").decimalValue())
          .add(row.get("modifications").decimalValue()).add(row.get("changeInFairValue").decimalValue());
      assertEquals(0, sum.compareTo(row.get("closing").decimalValue()), row.toString());
    }
    JsonNode events = report.get("events");
    assertEquals(4, events.size());
    assertEquals("EXPIRATIONS", events.get(2).get("line").asText());
    assertEquals(0, events.get(2).get("amount").decimalValue().signum(), "lapsed out of the money");
    assertTrue(events.get(1).get("amount").decimalValue().signum() < 0, "exercises reduce the liability");
    assertEquals(7, report.get("simulation").get("seed").asLong());
    assertEquals("test book", report.get("notes").get(0).asText());
  }

  @Test
  void theJsonReportIsBitIdenticalOnOneAndTwoThreads() {
    CliRun one = CliRun.of("rollforward", valid().toString(), "--format", "json", "--threads", "1");
    CliRun two = CliRun.of("rollforward", valid().toString(), "--format", "json", "--threads", "2");
    assertEquals(0, one.exitCode(), one.err());
    assertEquals(one.out(), two.out());
  }

  @Test
  void theTableShowsEachPeriodTheYearToDateTheEarningsAndTheLevel3Inputs() {
    CliRun run = CliRun.of("rollforward", valid().toString());
    assertEquals(0, run.exitCode(), run.err());
    for (String expected : List.of("Period 2009-04-01 to 2009-06-30", "Fiscal year to date 2009-04-01 to 2009-09-30",
        "Exercises reclassified to equity", "Change in fair value of warrant liability in earnings",
        "Level 3 fair value measurements", "As of 2009-09-30", "Fiscal year starts on April 1", "test book")) {
      assertTrue(run.out().contains(expected), expected);
    }
  }

  @Test
  void theMarkdownMemoHasPipeTablesAndNoRunTime() {
    CliRun run = CliRun.of("rollforward", valid().toString(), "--format", "markdown", "--threads", "1");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("# Warrant liability roll-forward"));
    assertTrue(run.out().contains("|:---|---:|"));
    assertFalse(run.out().contains("Run time"));
    assertEquals(run.out(), CliRun.of("rollforward", valid().toString(), "--format", "markdown").out());
  }

  @Test
  void csvWritesTheChosenTableWithItsHeader() throws IOException {
    Path output = directory.resolve("level3.csv");
    CliRun run = CliRun.of("rollforward", valid().toString(), "--format", "csv", "--table", "level3",
        "--output", output.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = Files.readAllLines(output);
    assertTrue(lines.get(0).startsWith("date,tranche,count,spot,exercisePrice"), lines.get(0));
    assertEquals(1 + 1 + 2 + 1, lines.size(), "A at the opening; A and B at June 30; A at Sept 30");
  }

  static Stream<Arguments> badBooks() {
    return Stream.of(
        Arguments.of(change(t -> event(t, 0, 1).put("count", 2_000_000)), "periods[0].events[1].count"),
        Arguments.of(change(t -> event(t, 0, 0).put("type", "GIFT")), "periods[0].events[0].type"),
        Arguments.of(change(t -> event(t, 0, 0).put("date", "2009-05-08")), "periods[0].events[0].date"),
        Arguments.of(change(t -> event(t, 1, 1).put("date", "2009-10-01")), "periods[1].events[1].date"),
        Arguments.of(change(t -> event(t, 1, 1).put("tranche", "Z")), "periods[1].events[1].tranche"),
        Arguments.of(change(t -> events(t, 1).remove(0)), "periods[1].end"),
        Arguments.of(change(t -> events(t, 0).remove(0)), "warrants[1].issueDate"),
        Arguments.of(change(t -> period(t, 0).remove("weightedAverageShares")), "periods[0].weightedAverageShares"),
        Arguments.of(change(t -> period(t, 0).put("end", "2009-03-01")), "periods[0].end"),
        Arguments.of(change(t -> t.put("fiscalYearStart", "13-01")), "fiscalYearStart"),
        Arguments.of(change(t -> ((ObjectNode) event(t, 1, 1).get("market")).put("volatility", -0.1)),
            "periods[1].events[1].market.volatility"),
        Arguments.of(change(t -> event(t, 1, 1).remove("exercisePrice")), "periods[1].events[1].exercisePrice"));
  }

  @ParameterizedTest
  @MethodSource("badBooks")
  void badBooksAreRejectedInOneLineNamingThePath(Consumer<ObjectNode> change, String path) throws IOException {
    Path output = Files.writeString(directory.resolve("report.md"), "previous report");
    Path book = input(change);
    CliRun run = CliRun.of("rollforward", book.toString(), "--format", "markdown", "--output", output.toString());
    String err = run.err().strip();
    assertEquals(2, run.exitCode(), err);
    assertFalse(err.contains("\n") || err.contains("Exception"), err);
    assertTrue(err.startsWith("warrantlab: " + book + ": " + path + " "), err);
    assertEquals("previous report", Files.readString(output));
  }

  private static Consumer<ObjectNode> change(Consumer<ObjectNode> change) {
    return change;
  }

  private static ObjectNode period(ObjectNode tree, int index) {
    return (ObjectNode) tree.get("periods").get(index);
  }

  private static ArrayNode events(ObjectNode tree, int period) {
    return (ArrayNode) period(tree, period).get("events");
  }

  private static ObjectNode event(ObjectNode tree, int period, int index) {
    return (ObjectNode) events(tree, period).get(index);
  }

  @Test
  void theAttributionSplitsEachChangeToTheCentAndIsWrittenAsCsvAndAWaterfall() throws IOException {
    JsonNode report = json(CliRun.of("rollforward", valid().toString(), "--format", "json", "--attribution"));
    JsonNode first = report.get("attribution").get("spans").get(0);
    assertEquals("PERIOD", first.get("span").asText());
    BigDecimal booked = report.get("rollforward").get(2).get("changeInFairValue").decimalValue();
    assertEquals("TOTAL", report.get("rollforward").get(2).get("tranche").asText());
    JsonNode total = first.get("tranches").get(2);
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode line : total.get("attribution")) {
      sum = sum.add(line.get("amount").decimalValue());
    }
    assertEquals(0, booked.compareTo(sum));
    assertEquals("events", total.get("attribution").get(0).get("factor").asText());
    Path chart = directory.resolve("waterfall.svg");
    CliRun csv = CliRun.of("rollforward", valid().toString(), "--format", "csv", "--table", "attribution", "--chart",
        chart.toString());
    assertEquals(0, csv.exitCode(), csv.err());
    assertTrue(csv.out().startsWith("span,from,to,tranche,factor,amount,standardError,distinguishable"), csv.out());
    assertTrue(Files.exists(chart));
    CliRun plain = CliRun.of("rollforward", valid().toString(), "--format", "json");
    assertFalse(plain.out().contains("\"attribution\""), "only when asked for");
    CliRun one = CliRun.of("rollforward", valid().toString(), "--format", "json", "--attribution-order", "shapley",
        "--threads", "1");
    CliRun two = CliRun.of("rollforward", valid().toString(), "--format", "json", "--attribution-order", "shapley",
        "--threads", "2");
    assertEquals(0, one.exitCode(), one.err());
    assertEquals(one.out(), two.out(), "the same bytes on any thread count");
  }
}
