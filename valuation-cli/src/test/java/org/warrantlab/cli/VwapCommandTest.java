package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VwapCommandTest {

  @TempDir
  Path directory;

  private JsonNode json(String... args) throws IOException {
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exitCode(), run.err());
    return InputFiles.MAPPER.readTree(run.out());
  }

  @Test
  void vwapOfTheLastDaysIsComputedByHand() throws IOException {
    // (10 × 100 + 11 × 200 + 12 × 700) / 1,000 = 11.6; the close 12 is above it; 0.94 × 11.6 = 10.904
    Path prices = PriceFiles.write(directory, PriceFiles.WEEK);
    JsonNode report = json("vwap", prices.toString(), "--end", "2009-09-28", "--days", "3", "--discount", "0.06",
        "--format", "json");
    assertEquals(11.6, report.get("vwap").asDouble(), 1e-12);
    assertEquals(11.0, report.get("averageClose").asDouble(), 1e-12);
    assertEquals(12.0, report.get("lastClose").asDouble());
    assertEquals(11.6, report.get("lesserOfCloseAndVwap").asDouble(), 1e-12);
    assertEquals(10.904, report.get("financingPrice").asDouble(), 1e-12);
    assertEquals(0.06, report.get("discount").asDouble());
    assertEquals(1000.0, report.get("totalVolume").asDouble());
    assertEquals(3, report.get("days").asInt());
    assertEquals("2009-09-24", report.get("firstDate").asText());
    assertEquals("2009-09-28", report.get("lastDate").asText());
    JsonNode days = report.get("prices");
    assertEquals(3, days.size());
    assertEquals("2009-09-25", days.get(1).get("date").asText());
    assertEquals(11.0, days.get(1).get("close").asDouble());
    assertEquals(200.0, days.get(1).get("volume").asDouble());
  }

  @Test
  void withoutADiscountThereIsNoFinancingPrice() throws IOException {
    Path prices = PriceFiles.write(directory, PriceFiles.WEEK);
    JsonNode report = json("vwap", prices.toString(), "--end", "2009-09-28", "--days", "3", "--format", "json");
    assertTrue(report.get("discount").isNull());
    assertTrue(report.get("financingPrice").isNull());
  }

  @Test
  void theWindowEndsOnTheLastRowOnOrBeforeTheEnd() throws IOException {
    // Sunday 2009-09-27: the window is Wed-Fri; equal volumes give the mean close (99 + 10 + 11) / 3 = 40
    Path prices = PriceFiles.write(directory, PriceFiles.WEEK);
    JsonNode report = json("vwap", prices.toString(), "--end", "2009-09-27", "--days", "2", "--format", "json");
    assertEquals("2009-09-24", report.get("firstDate").asText());
    assertEquals("2009-09-25", report.get("lastDate").asText());
    assertEquals((10 * 100 + 11 * 200) / 300.0, report.get("vwap").asDouble(), 1e-12);
    Path equal = InputFiles.write(directory, "equal.csv",
        "date,close,volume\n2009-09-23,99,50\n2009-09-24,10,50\n2009-09-25,11,50\n");
    JsonNode mean = json("vwap", equal.toString(), "--end", "2009-09-27", "--days", "3", "--format", "json");
    assertEquals(40.0, mean.get("vwap").asDouble(), 1e-12);
    assertEquals(mean.get("averageClose").asDouble(), mean.get("vwap").asDouble(), 1e-12);
  }

  @Test
  void tableListsTheDaysAndTheFinancingPrice() {
    Path prices = PriceFiles.write(directory, PriceFiles.WEEK);
    CliRun run = CliRun.of("vwap", prices.toString(), "--end", "2009-09-28", "--days", "3", "--discount", "0.06");
    assertEquals(0, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(out.contains("  2009-09-25      11.0000                200"), out);
    assertTrue(out.contains("  Total                                1,000"), out);
    assertTrue(out.contains("VWAP (Σ close × volume / Σ volume)       11.6000"), out);
    assertTrue(out.contains("Close on 2009-09-28                      12.0000"), out);
    assertTrue(out.contains("Lesser of close and VWAP                 11.6000"), out);
    assertTrue(out.contains("Financing price (6% below the lesser)    10.9040"), out);
  }

  @Test
  void outputGoesToTheNamedFile() throws IOException {
    Path prices = PriceFiles.write(directory, PriceFiles.WEEK);
    Path output = directory.resolve("vwap.txt");
    CliRun run = CliRun.of("vwap", prices.toString(), "--end", "2009-09-28", "--days", "3", "--output", output.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertTrue(Files.readString(output).contains("11.6000"));
  }

  @Test
  void tooFewRowsZeroVolumeAndBadOptionsAreErrors() {
    Path prices = PriceFiles.write(directory, PriceFiles.WEEK);
    assertEquals("warrantlab: " + prices + " has 6 trading days on or before 2009-09-28 but 10 are needed (--days 10)",
        PriceFiles.assertRejected(directory, prices, "vwap", "--end", "2009-09-28", "--days", "10"));
    Path silent = InputFiles.write(directory, "silent.csv", "date,close,volume\n2009-09-24,10,0\n2009-09-25,11,0\n");
    assertEquals("warrantlab: " + silent + ": volume is zero on every day from 2009-09-24 to 2009-09-25,"
        + " so the VWAP is undefined",
        PriceFiles.assertRejected(directory, silent, "vwap", "--end", "2009-09-25", "--days", "2"));
    assertEquals("warrantlab: --days must be positive but was 0",
        PriceFiles.assertRejected(directory, prices, "vwap", "--end", "2009-09-28", "--days", "0"));
    assertEquals("warrantlab: --discount must be at least 0 and below 1 but was 1.5",
        PriceFiles.assertRejected(directory, prices, "vwap", "--end", "2009-09-28", "--days", "3", "--discount", "1.5"));
    assertTrue(PriceFiles.assertRejected(directory, prices, "vwap", "--days", "3").contains("--end"));
    assertTrue(PriceFiles.assertRejected(directory, prices, "vwap", "--end", "2009-10-30", "--days", "3")
        .contains("has no prices in the 32 calendar days from 2009-09-28 to --end 2009-10-30"));
  }
}
