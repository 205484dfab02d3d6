package org.warrantlab.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.MonteCarloWarrantPricer;
import org.warrantlab.simulation.MemoryEstimate;
import org.warrantlab.sweep.StandardErrorTarget;
import org.warrantlab.sweep.ValuationCase;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --target-se} option of {@code value}: add paths, with the same seed, until the standard
 * error of the total fair value is below a target. The paths used show in the report (its simulation
 * line and {@code simulation.paths}); each run of the search is listed on standard error.
 */
final class PrecisionOptions {

  static final long DEFAULT_MAX_PATHS = 10_000_000;

  @Option(names = "--target-se", paramLabel = "X",
      description = "Add paths (same seed) until the total fair value's standard error is below X, in the"
          + " share price's currency; starts from --paths or simulation.paths.")
  Double target;

  @Option(names = "--max-paths", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_PATHS,
      description = "Most paths --target-se may use (default: ${DEFAULT-VALUE}); the error names the paths needed.")
  long maxPaths;

  /** The settings of the largest run: the file's, or with {@code --target-se} those with the most paths it may use. */
  SimulationSettings largestRun(SimulationSettings settings) {
    if (target == null || maxPaths <= settings.paths()) {
      return settings;
    }
    try {
      SimulationSettings largest = settings.withPaths(maxPaths);
      MemoryEstimate.blocks(largest);
      return largest;
    } catch (InvalidValueException e) {
      throw new UserError("--max-paths " + e.problem());
    }
  }

  /** The valuation at the file's paths, or at as many as the target needs. */
  BookValuation value(ValuationInput input, SimulationSettings settings, CommandSpec spec) {
    if (target == null) {
      return MonteCarloWarrantPricer.DEFAULT.value(input.book(), input.financings(), input.market(), settings);
    }
    StandardErrorTarget.Search search;
    try {
      search = StandardErrorTarget.value(new ValuationCase(input.market(), input.book(), input.financings(), settings),
          target, maxPaths);
    } catch (InvalidValueException e) {
      String option = e.field().equals("maxPaths") ? "--max-paths" : "--target-se";
      throw new UserError(option + " " + e.problem());
    }
    BookValuation valuation = search.valuation();
    PrintWriter err = spec.commandLine().getErr();
    err.println(String.format(Locale.US, "--target-se %s: standard error %,.2f with %,d paths (runs of %s paths,"
        + " seed %d)", BigDecimal.valueOf(target).stripTrailingZeros().toPlainString(), valuation.total().standardError(), valuation.simulatedPaths(),
        search.runs().stream().map(run -> String.format(Locale.US, "%,d", run.simulatedPaths()))
            .collect(Collectors.joining(", ")), settings.seed()));
    err.flush();
    return valuation;
  }
}
