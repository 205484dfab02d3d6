package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VolCommandTest {

  /** Returns ln 1.1 and ln 0.9: the sample deviation of two values is |a - b| / √2 = ln(11/9) / √2 a day. */
  private static final double DAILY = Math.log(11.0 / 9.0) / Math.sqrt(2);

  @TempDir
  Path directory;

  private JsonNode json(String... args) throws IOException {
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exitCode(), run.err());
    return InputFiles.MAPPER.readTree(run.out());
  }

  @Test
  void fromToWindowGivesTheHandComputedVolatility() throws IOException {
    Path prices = PriceFiles.write(directory, PriceFiles.WEEK);
    JsonNode report = json("vol", prices.toString(), "--from", "2009-09-21", "--to", "2009-09-23", "--format", "json");
    double sigma = DAILY * Math.sqrt(252);
    assertEquals(sigma, report.get("volatility").asDouble(), 1e-13);
    assertEquals(sigma / Math.sqrt(4), report.get("standardError").asDouble(), 1e-13);
    assertEquals(Math.log(0.99) / 2, report.get("meanDailyLogReturn").asDouble(), 1e-15);
    assertEquals(DAILY, report.get("dailyVolatility").asDouble(), 1e-14);
    assertEquals(2, report.get("returns").asInt());
    assertEquals("2009-09-21", report.get("firstDate").asText());
    assertEquals("2009-09-23", report.get("lastDate").asText());
    assertEquals(252, report.get("tradingDaysPerYear").asInt());
    assertTrue(report.get("termYears").isNull());
    assertEquals(prices.toString(), report.get("source").asText());
    assertEquals(sigma - 1.959963984540054 * sigma / 2,
        report.get("confidenceInterval95").get("lower").asDouble(), 1e-12);
  }

  @Test
  void termWindowEndsOnToAndCountsRoundedReturns() throws IOException {
    // 4 trading days a year, term 0.5: round(2.0) = 2 returns, the closes 100, 110, 99 ending on 2009-09-23
    Path prices = PriceFiles.write(directory, "Date,Close\n2009-09-17,50\n2009-09-18,70\n2009-09-21,100\n"
        + "2009-09-22,110\n2009-09-23,99\n2009-09-24,30\n");
    JsonNode report = json("vol", prices.toString(), "--term", "0.5", "--to", "2009-09-23",
        "--trading-days-per-year", "4", "--format", "json");
    assertEquals(DAILY * 2, report.get("volatility").asDouble(), 1e-13);
    assertEquals(2, report.get("returns").asInt());
    assertEquals("2009-09-21", report.get("firstDate").asText());
    assertEquals("2009-09-23", report.get("lastDate").asText());
    assertEquals(0.5, report.get("termYears").asDouble());
    assertEquals(4, report.get("tradingDaysPerYear").asInt());
  }

  @Test
  void termWindowEndsOnTheLastDateByDefault() throws IOException {
    // the last 3 returns of the week: ln(10/99), ln 1.1, ln(12/11)
    Path prices = PriceFiles.write(directory, PriceFiles.WEEK);
    JsonNode report = json("vol", prices.toString(), "--term", "3", "--trading-days-per-year", "1", "--format", "json");
    assertEquals("2009-09-23", report.get("firstDate").asText());
    assertEquals("2009-09-28", report.get("lastDate").asText());
    assertEquals("2009-09-28", report.get("to").asText());
    double[] r = {Math.log(10 / 99.0), Math.log(1.1), Math.log(12 / 11.0)};
    double mean = (r[0] + r[1] + r[2]) / 3;
    double variance = ((r[0] - mean) * (r[0] - mean) + (r[1] - mean) * (r[1] - mean)
        + (r[2] - mean) * (r[2] - mean)) / 2;
    assertEquals(Math.sqrt(variance), report.get("volatility").asDouble(), 1e-13);
  }

  @Test
  void tableShowsTheWindowAndTheFigures() {
    Path prices = PriceFiles.write(directory, PriceFiles.WEEK);
    CliRun run = CliRun.of("vol", prices.toString(), "--from", "2009-09-21", "--to", "2009-09-23");
    assertEquals(0, run.exitCode(), run.err());
    // ln(11/9) / √2 × √252 = 2.2525...
    assertTrue(run.out().contains("Volatility (annualised)      225.25%"), run.out());
    assertTrue(run.out().contains("Window                       2009-09-21 to 2009-09-23 (3 closes)"), run.out());
    assertTrue(run.out().contains("Daily log returns            2"), run.out());
    assertTrue(run.out().contains("Mean daily log return        -0.5025%"), run.out());
  }

  @Test
  void outputGoesToTheNamedFile() throws IOException {
    Path prices = PriceFiles.write(directory, PriceFiles.WEEK);
    Path output = directory.resolve("vol.json");
    CliRun run = CliRun.of("vol", prices.toString(), "--term", "3", "--trading-days-per-year", "1",
        "--format", "json", "-o", output.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(3, InputFiles.MAPPER.readTree(Files.readString(output)).get("returns").asInt());
  }

  @Test
  void theWindowOptionsMustBeOneOrTheOther() {
    Path prices = PriceFiles.write(directory, PriceFiles.WEEK);
    String both = PriceFiles.assertRejected(directory, prices, "vol", "--term", "1", "--from", "2009-09-21",
        "--to", "2009-09-23");
    assertEquals("warrantlab: give either --from with --to, or --term, not both", both);
    String neither = PriceFiles.assertRejected(directory, prices, "vol");
    assertTrue(neither.contains("--from DATE --to DATE, or --term YEARS"), neither);
    String noTo = PriceFiles.assertRejected(directory, prices, "vol", "--from", "2009-09-21");
    assertTrue(noTo.contains("--from DATE --to DATE"), noTo);
    String backwards = PriceFiles.assertRejected(directory, prices, "vol", "--from", "2009-09-23", "--to",
        "2009-09-21");
    assertEquals("warrantlab: --to (2009-09-21) must not be before --from (2009-09-23)", backwards);
  }

  @Test
  void badOptionValuesAreNamed() {
    Path prices = PriceFiles.write(directory, PriceFiles.WEEK);
    assertEquals("warrantlab: --term must be positive and finite but was -1.0",
        PriceFiles.assertRejected(directory, prices, "vol", "--term", "-1"));
    assertTrue(PriceFiles.assertRejected(directory, prices, "vol", "--term", "0.001")
        .startsWith("warrantlab: --term of 0.001 years spans 0 daily returns"));
    assertEquals("warrantlab: --trading-days-per-year must be positive but was 0",
        PriceFiles.assertRejected(directory, prices, "vol", "--term", "1", "--trading-days-per-year", "0"));
    assertEquals("warrantlab: --max-gap-days must be positive but was 0",
        PriceFiles.assertRejected(directory, prices, "vol", "--term", "1", "--max-gap-days", "0"));
    assertTrue(PriceFiles.assertRejected(directory, prices, "vol", "--from", "21/09/2009", "--to", "2009-09-23")
        .contains("'21/09/2009' is not an ISO date (YYYY-MM-DD)"));
    assertTrue(PriceFiles.assertRejected(directory, prices, "vol", "--from", "+999999999-12-31", "--to", "2009-09-23")
        .contains("'+999999999-12-31' is not an ISO date (YYYY-MM-DD)"));
    assertTrue(PriceFiles.assertRejected(directory, prices, "vol", "--term", "1", "--format", "csv")
        .contains("--format"));
  }

  @Test
  void tooShortAHistoryForTheTermIsAnError() {
    Path prices = PriceFiles.write(directory, PriceFiles.WEEK);
    String err = PriceFiles.assertRejected(directory, prices, "vol", "--term", "1");
    assertEquals("warrantlab: " + prices + " has 5 daily returns on or before 2009-09-28 but 252 are needed"
        + " (--term 1.0 at 252 trading days a year)", err);
  }

  @Test
  void aWindowThePricesDoNotReachIsAnError() {
    Path prices = PriceFiles.write(directory, PriceFiles.WEEK);
    String late = PriceFiles.assertRejected(directory, prices, "vol", "--term", "1", "--to", "2009-11-30");
    assertEquals("warrantlab: " + prices + " has no prices in the 63 calendar days from 2009-09-28 to --to"
        + " 2009-11-30 (more than --max-gap-days 7)", late);
    String early = PriceFiles.assertRejected(directory, prices, "vol", "--from", "2009-08-03", "--to", "2009-09-25");
    assertEquals("warrantlab: " + prices + " starts on 2009-09-21, 49 calendar days after --from 2009-08-03"
        + " (more than --max-gap-days 7)", early);
    String before = PriceFiles.assertRejected(directory, prices, "vol", "--term", "1", "--to", "2009-01-30");
    assertTrue(before.contains("has no prices on or before --to 2009-01-30; it starts on 2009-09-21"), before);
    String oneReturn = PriceFiles.assertRejected(directory, prices, "vol", "--from", "2009-09-24", "--to",
        "2009-09-25");
    assertTrue(oneReturn.contains("holds 1 daily return from 2009-09-24 to 2009-09-25"), oneReturn);
  }

  @Test
  void aSundayEndUsesTheFridayBefore() throws IOException {
    Path prices = PriceFiles.write(directory, PriceFiles.WEEK);
    JsonNode report = json("vol", prices.toString(), "--term", "2", "--to", "2009-09-27",
        "--trading-days-per-year", "1", "--format", "json");
    assertEquals("2009-09-25", report.get("lastDate").asText());
    assertEquals("2009-09-23", report.get("firstDate").asText());
  }
}
