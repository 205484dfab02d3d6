package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad price files: one line naming the file, the CSV line and the column; exit code 2; no output file. */
class BadPriceFileTest {

  private static final String HEADER = "date,close,volume\n";
  private static final String ROWS = "2009-09-21,1.30,1000\n2009-09-22,1.32,1200\n";

  @TempDir
  Path directory;

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of("date,open,high\n2009-09-21,1,2\n",
            ": line 1 has no 'close' column; the header has date, open, high"),
        Arguments.of("2009-09-21,1.30,1000\n2009-09-22,1.32,1200\n",
            ": line 1 has no 'date' column; the header has 2009-09-21, 1.30, 1000 (is the header row missing?)"),
        Arguments.of("date,close,Close\n2009-09-21,1,2\n",
            ": line 1 has two 'close' columns, 2 and 3; keep one"),
        Arguments.of(HEADER + ROWS + "2009/09/23,1.31,900\n",
            ": line 4, column 'date' must be an ISO date (YYYY-MM-DD) but was \"2009/09/23\""),
        Arguments.of(HEADER + ROWS + "+10000-01-01,1.31,900\n",
            ": line 4, column 'date' must be an ISO date (YYYY-MM-DD) but was \"+10000-01-01\""),
        Arguments.of(HEADER + ROWS + "2009-09-23,1.3x,900\n",
            ": line 4, column 'close' must be a number but was \"1.3x\""),
        Arguments.of(HEADER + ROWS + "2009-09-23,,900\n",
            ": line 4, column 'close' is empty; expected a number"),
        Arguments.of(HEADER + ROWS + "2009-09-23\n",
            ": line 4, column 'close' is missing: the row has 1 cells but the header has 3; expected a number"),
        Arguments.of("Date,CLOSE,Volume\n" + ROWS + "2009-09-23,0,900\n",
            ": line 4, column 'CLOSE' must be positive and finite but was 0.0"),
        Arguments.of(HEADER + "2009-09-21,-1.30,1000\n",
            ": line 2, column 'close' must be positive and finite but was -1.3"),
        Arguments.of(HEADER + ROWS + "2009-09-23,1.31,-900\n",
            ": line 4, column 'volume' must be non-negative and finite but was -900.0"),
        Arguments.of(HEADER + ROWS + "2009-09-21,1.31,900\n",
            ": line 4, column 'date' (2009-09-21) comes before the previous date, 2009-09-22 on line 3;"
                + " dates must be in increasing order with no repeats"),
        Arguments.of(HEADER + ROWS + "2009-09-22,1.31,900\n",
            ": line 4, column 'date' (2009-09-22) repeats the previous date on line 3"),
        Arguments.of(HEADER + ROWS + "\n\n2009-10-05,1.31,900\n",
            ": line 6, column 'date' (2009-10-05) is 13 calendar days after the previous date, 2009-09-22"
                + " on line 3; more than --max-gap-days 7 means rows are missing"),
        Arguments.of("", " is empty; expected a header row naming the date, close and volume columns"),
        Arguments.of("\n  \n", " is empty"),
        Arguments.of(HEADER, " has a header but no price rows"),
        Arguments.of(HEADER + "2009-09-21,\"1.30,1000\n", " is not valid CSV at line "));
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void badFilesNameTheLineAndColumn(String text, String expected) {
    Path prices = PriceFiles.write(directory, text);
    String err = PriceFiles.assertRejected(directory, prices, "vwap", "--end", "2009-09-22", "--days", "2");
    assertTrue(err.startsWith("warrantlab: " + prices + expected), () -> err + "\n  should start with: "
        + "warrantlab: " + prices + expected);
  }

  @Test
  void volNeedsNoVolumeColumnButVwapDoes() throws IOException {
    Path prices = PriceFiles.write(directory, "date,close\n2009-09-21,100\n2009-09-22,110\n2009-09-23,99\n");
    CliRun vol = CliRun.of("vol", prices.toString(), "--from", "2009-09-21", "--to", "2009-09-23", "--format", "json");
    assertEquals(0, vol.exitCode(), vol.err());
    String err = PriceFiles.assertRejected(directory, prices, "vwap", "--end", "2009-09-23", "--days", "2");
    assertEquals("warrantlab: " + prices + ": line 1 has no 'volume' column; the header has date, close", err);
  }

  @Test
  void volIgnoresAVolumeColumnItDoesNotUse() {
    Path prices = PriceFiles.write(directory, "date,close,volume\n2009-09-21,100,\n2009-09-22,110,n/a\n"
        + "2009-09-23,99,-1\n");
    CliRun vol = CliRun.of("vol", prices.toString(), "--from", "2009-09-21", "--to", "2009-09-23");
    assertEquals(0, vol.exitCode(), vol.err());
  }

  @Test
  void extraColumnsCaseAQuotedHeaderAndAByteOrderMarkAreAccepted() throws IOException {
    Path prices = PriceFiles.write(directory, "\uFEFF\"Date\",Open, Close ,High,VOLUME,Note\n"
        + "2009-09-21,1,100,1,100,\"quiet, day\"\n2009-09-22,1,110,1,300,\n");
    CliRun run = CliRun.of("vwap", prices.toString(), "--end", "2009-09-22", "--days", "2", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode report = InputFiles.MAPPER.readTree(run.out());
    assertEquals((100 * 100 + 110 * 300) / 400.0, report.get("vwap").asDouble(), 1e-12);
  }

  @Test
  void aLongerGapAllowanceLetsAGapThrough() {
    Path prices = PriceFiles.write(directory, HEADER + ROWS + "2009-10-05,1.31,900\n");
    CliRun run = CliRun.of("vwap", prices.toString(), "--end", "2009-10-05", "--days", "3", "--max-gap-days", "14");
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = directory.resolve("no-such-prices.csv");
    String err = PriceFiles.assertRejected(directory, missing, "vol", "--term", "1");
    assertEquals("warrantlab: " + missing + " cannot be read: no such file", err);
  }

  @Test
  void aFileThatIsNotUtf8IsNamed() throws IOException {
    Path prices = Files.write(directory.resolve("latin1.csv"), new byte[] {'d', 'a', 't', 'e', (byte) 0xE9, '\n'});
    String err = PriceFiles.assertRejected(directory, prices, "vol", "--term", "1");
    assertEquals("warrantlab: " + prices + " cannot be read: it is not UTF-8 text", err);
  }

  @Test
  void aDirectoryIsNotAPriceFile() {
    String err = PriceFiles.assertRejected(directory, directory, "vol", "--term", "1");
    assertEquals("warrantlab: " + directory + " is a directory, not a CSV file", err);
  }

  @Test
  void aFailedRunNeverTouchesAnExistingOutputFile() throws IOException {
    Path output = Files.writeString(directory.resolve("vwap.txt"), "previous report");
    Path prices = PriceFiles.write(directory, HEADER + ROWS + "2009-09-23,0,900\n");
    CliRun run = CliRun.of("vwap", prices.toString(), "--end", "2009-09-23", "--days", "2", "-o", output.toString());
    assertEquals(2, run.exitCode());
    assertEquals("previous report", Files.readString(output));
  }
}
