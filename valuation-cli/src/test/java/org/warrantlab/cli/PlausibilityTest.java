package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Percentages typed as decimals are refused with the likely meaning, unless --allow-implausible asks otherwise. */
class PlausibilityTest {

  @TempDir
  Path directory;

  @Test
  void aVolatilityTypedAsAPercentageIsRefusedWithAHint() {
    Path input = InputFiles.variant(directory, root -> InputFiles.market(root).put("volatility", 65));
    for (String command : new String[] {"value", "tornado"}) {
      CliRun run = CliRun.of(command, input.toString(), "--paths", "1000");
      assertEquals(2, run.exitCode(), run.err());
      assertEquals("warrantlab: " + input + ": market.volatility is 65, i.e. 6500% a year, which is implausible (a"
          + " decimal is expected: 0.65 for 65%); did you mean 0.65? --allow-implausible values it as given",
          run.err().strip());
    }
    assertEquals(0, CliRun.of("value", input.toString(), "--paths", "1000", "--allow-implausible").exitCode());
  }

  @Test
  void aRateTypedAsAPercentageIsRefusedWithAHint() {
    Path input = InputFiles.variant(directory, root -> InputFiles.market(root).put("riskFreeRate", 4.2));
    CliRun run = CliRun.of("value", input.toString(), "--paths", "1000");
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("warrantlab: " + input + ": market.riskFreeRate is 4.2, i.e. 420% a year, which is implausible (a"
        + " decimal is expected: 0.65 for 65%); did you mean 0.042? --allow-implausible values it as given",
        run.err().strip());
  }

  @Test
  void aShareNearTheLargestDoubleIsRefusedRatherThanReportedWithNaN() {
    Path input = InputFiles.variant(directory, root -> InputFiles.market(root).put("spot", 1e300));
    for (String[] args : new String[][] {{"value"}, {"greeks"}, {"sweep", "--vary", "market.volatility=0.5,0.6"}}) {
      String[] full = new String[args.length + 3];
      full[0] = args[0];
      full[1] = input.toString();
      System.arraycopy(args, 1, full, 2, args.length - 1);
      full[full.length - 2] = "--paths";
      full[full.length - 1] = "1000";
      CliRun run = CliRun.of(full);
      assertEquals(2, run.exitCode(), args[0] + ": " + run.err());
      assertEquals(1, run.err().strip().lines().count(), run.err());
    }
  }
}
