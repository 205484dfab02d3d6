package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers at the edge of what Java holds (a million-digit exponent, the largest long as a path count) are
 * refused in one line naming the option, before any arithmetic or simulation on them.
 */
class ExtremeNumbersTest {

  private static final String LARGEST_LONG = "9223372036854775807";

  @TempDir
  Path directory;

  @Test
  void aHugeExponentInAStudyOptionIsRefusedNamingTheInput() {
    String input = InputFiles.write(directory, "book.json", InputFiles.VALID).toString();
    assertRefused("warrantlab: Invalid value for option '--vary' (PATH=FROM:TO:STEP): warrants[0].exercisePrice:"
        + " '1e999999999' is out of range: numbers here lie between 1e-300 and 1e300 in size (see 'warrantlab sweep"
        + " --help')", "sweep", input, "--vary", "warrants[0].exercisePrice=1e999999999:1:1");
    assertRefused("warrantlab: Invalid value for option '--vary' (PATH=FROM:TO:STEP): market.spot: '1e-999999999'"
        + " is out of range: numbers here lie between 1e-300 and 1e300 in size (see 'warrantlab sweep --help')",
        "sweep", input, "--vary", "market.spot=0:1:1e-999999999");
    assertRefused("warrantlab: Invalid value for option '--vary' (PATH=FROM:TO:STEP): market.spot: '1E+400' is out"
        + " of range: numbers here lie between 1e-300 and 1e300 in size (see 'warrantlab sweep --help')",
        "sweep", input, "--vary", "market.spot=1,1E+400");
    assertRefused("warrantlab: Invalid value for option '--range' (PATH=LOW:HIGH): financings[0].amount:"
        + " '1e999999999' is out of range: numbers here lie between 1e-300 and 1e300 in size; --range needs two"
        + " numbers LOW:HIGH (see 'warrantlab tornado --help')",
        "tornado", input, "--range", "financings[0].amount=1e999999999:1e999999998");
  }

  @Test
  void aMalformedTornadoRangeNamesTheNumberThatIsNot() {
    String input = InputFiles.write(directory, "book.json", InputFiles.VALID).toString();
    assertRefused("warrantlab: Invalid value for option '--range' (PATH=LOW:HIGH): market.volatility: '0.4x' is not"
        + " a number; --range needs two numbers LOW:HIGH (see 'warrantlab tornado --help')",
        "tornado", input, "--range", "market.volatility=0.4x:0.8");
    assertRefused("warrantlab: Invalid value for option '--range' (PATH=LOW:HIGH): market.volatility: '' is not"
        + " a number; --range needs two numbers LOW:HIGH (see 'warrantlab tornado --help')",
        "tornado", input, "--range", "market.volatility=:0.8");
  }

  @Test
  void theLargestLongAsAPathCountIsRefusedByEveryCommand() {
    String input = InputFiles.write(directory, "book.json", InputFiles.VALID).toString();
    String rollForward = InputFiles.write(directory, "rf.json", RollForwardCommandTest.VALID).toString();
    String refusal = "warrantlab: --paths must be at most 9,007,199,254,740,992 but was 9,223,372,036,854,775,807";
    assertRefused(refusal, "value", input, "--paths", LARGEST_LONG);
    assertRefused(refusal, "greeks", input, "--paths", LARGEST_LONG);
    assertRefused(refusal, "converge", input, "--paths", LARGEST_LONG);
    assertRefused(refusal, "sweep", input, "--vary", "market.spot=1:2:1", "--paths", LARGEST_LONG);
    assertRefused(refusal, "tornado", input, "--paths", LARGEST_LONG);
    assertRefused(refusal, "explain", input, "--path", "0", "--paths", LARGEST_LONG);
    assertRefused(refusal, "rollforward", rollForward, "--paths", LARGEST_LONG);
    assertRefused("warrantlab: --paths must be at most 17,592,186,036,224 (2,147,483,647 blocks of 4,096 samples)"
        + " but was 9,007,199,254,740,992", "value", input, "--paths", "9007199254740992");
  }

  @Test
  void aPathLimitBelowTheStartingPathsIsRefused() {
    String input = InputFiles.write(directory, "book.json", InputFiles.VALID).toString();
    CliRun run = CliRun.of("value", input, "--paths", "1000", "--target-se", "1e6", "--max-paths", "1");
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("warrantlab: --max-paths (1) must not be below the paths the search starts from (1,000)",
        run.err().strip());
    assertRefused("warrantlab: --max-paths must be at most 9,007,199,254,740,992 but was 9,223,372,036,854,775,807",
        "value", input, "--target-se", "1e-9", "--max-paths", LARGEST_LONG);
  }

  private static void assertRefused(String message, String... args) {
    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CliRun.of(args));
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(message, run.err().strip());
  }
}
