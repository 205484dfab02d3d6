package org.warrantlab.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The {@code --max-valuations} option of the studies: a study larger than the limit (a tornado over
 * hundreds of financings, a fine two-way sweep) is refused up front, saying how many valuations it would
 * run, rather than running for hours unannounced.
 */
final class StudyLimit {

  static final int DEFAULT_MAX_VALUATIONS = 2_000;

  @Option(names = "--max-valuations", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_VALUATIONS,
      description = "Refuse a study of more than N valuations (default: ${DEFAULT-VALUE}).")
  int maxValuations;

  /** Throws a {@link UserError} when {@code valuations} exceed the limit. */
  void check(String where, String task, int valuations, long pathsEach) {
    if (maxValuations < 1) {
      throw new UserError("--max-valuations must be at least 1 but was " + maxValuations);
    }
    if (valuations > maxValuations) {
      throw new UserError(String.format(Locale.US, "%s: this %s would run %,d valuations of %,d paths each, more"
          + " than the %,d allowed; study fewer inputs or values, or allow them with --max-valuations %d", where,
          task.toLowerCase(Locale.ROOT), valuations, pathsEach, maxValuations, valuations));
    }
  }
}
