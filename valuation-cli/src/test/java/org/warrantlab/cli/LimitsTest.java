package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests too large for the heap are refused before they start, in one line saying what to change. */
class LimitsTest {

  private static final Pattern REFUSAL = Pattern.compile("warrantlab: .*: this needs about [0-9.,]+ [MGT]B of memory"
      + " \\(.*\\) but Java may use [0-9.,]+ [MG]B here; .*, or let Java use more: WARRANTLAB_JAVA_OPTS=-Xmx\\d+g"
      + " \\./warrantlab \\.\\.\\.");

  @TempDir
  Path directory;

  @Test
  void tooManyPathsAreRefusedBeforeTheyStart() {
    Path input = InputFiles.write(directory, "book.json", InputFiles.VALID);
    for (String command : new String[] {"value", "greeks", "converge"}) {
      CliRun run = quickly(command, input.toString(), "--paths", "1000000000000");
      assertEquals(2, run.exitCode(), run.err());
      assertTrue(REFUSAL.matcher(run.err().strip()).matches(), run.err());
      assertTrue(run.err().contains("use fewer paths (--paths or simulation.paths)"), run.err());
    }
  }

  @Test
  void pathsBeyondTheLastBlockNameWhereTheyCameFrom() {
    Path input = InputFiles.variant(directory, root -> InputFiles.warrant(root, 0).put("count", 5));
    CliRun option = quickly("value", input.toString(), "--paths", "1000000000000000");
    assertEquals("warrantlab: --paths must be at most 17,592,186,036,224 (2,147,483,647 blocks of 4,096 samples) but"
        + " was 1,000,000,000,000,000", option.err().strip());
    ObjectNode tree = InputFiles.validTree();
    ((ObjectNode) tree.get("simulation")).put("paths", 1_000_000_000_000_000L);
    Path file = InputFiles.write(directory, "paths.json", tree);
    CliRun fromFile = quickly("value", file.toString());
    assertEquals("warrantlab: " + file + ": simulation.paths must be at most 17,592,186,036,224 (2,147,483,647 blocks"
        + " of 4,096 samples) but was 1,000,000,000,000,000", fromFile.err().strip());
    CliRun target = quickly("value", input.toString(), "--target-se", "1", "--max-paths", "1000000000000000");
    assertTrue(target.err().startsWith("warrantlab: --max-paths must be at most"), target.err());
  }

  @Test
  void earlyExerciseOverCenturiesIsRefusedNamingTheCalibration() {
    Path input = InputFiles.variant(directory, root -> {
      InputFiles.market(root).put("dividendYield", 0.05);
      InputFiles.warrant(root, 1).put("exerciseStyle", "AMERICAN").put("expiryDate", "2099-09-30");
      root.withObject("/simulation").withObject("/earlyExercise").put("datesPerYear", 150)
          .put("calibrationPaths", 8 * 65_536);
    });
    for (String[] args : new String[][] {{"value", input.toString()}, {"explain", input.toString(), "--path", "0"},
        {"sweep", input.toString(), "--vary", "market.spot=1:2:0.5"}, {"tornado", input.toString()}}) {
      CliRun run = quickly(args);
      assertEquals(2, run.exitCode(), args[0] + ": " + run.err());
      assertTrue(REFUSAL.matcher(run.err().strip()).matches(), run.err());
      assertTrue(Pattern.compile("\\(65,536 calibration paths × 1\\d,\\d{3} exercise dates × 2 doubles for a"
          + " batch's exercise policy").matcher(run.err()).find(), run.err());
      assertTrue(run.err().contains("use fewer calibration paths (simulation.earlyExercise.calibrationPaths) or"
          + " exercise dates (simulation.earlyExercise.datesPerYear)"), run.err());
    }
  }

  @Test
  void aRollForwardIsSizedByItsLargestMeasurement() throws Exception {
    Path input = InputFiles.write(directory, "rf.json", RollForwardCommandTest.VALID);
    CliRun run = quickly("rollforward", input.toString(), "--paths", "1000000000000");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(REFUSAL.matcher(run.err().strip()).matches(), run.err());
  }

  @Test
  void pathsThatWouldWalkCenturiesAreRefusedAsAMistypedYear() {
    ObjectNode tree = InputFiles.resetTree();
    InputFiles.warrant(tree, 0).put("expiryDate", "9999-12-31");
    ((ObjectNode) tree.get("financings").get(0)).put("end", "9999-12-31");
    Path input = InputFiles.write(directory, "far.json", tree);
    CliRun run = quickly("value", input.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().matches("warrantlab: .*far.json: warrants\\[0]\\.expiryDate \\(9999-12-31\\) is \\d+ years"
        + " after the valuation date .*; a term over 100 years is refused as implausible: check the year\\s*"),
        run.err());
  }

  @Test
  void theSizesReadAsPeopleWriteThem() {
    assertEquals("1 MB", Limits.size(1));
    assertEquals("640 MB", Limits.size(640L << 20));
    assertEquals("1.5 GB", Limits.size(1.5 * (1L << 30)));
    assertEquals("1.1e+03 TB", Limits.size(1.2e15));
  }

  private static CliRun quickly(String... args) {
    return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CliRun.of(args));
  }
}
