package org.warrantlab.sweep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;

/**
 * Values a case with as many paths as it takes for the standard error of the book's total to fall
 * below a target. The standard error falls as 1/√n, so a run of n paths with standard error s suggests
 * n (s / target)² paths; the search asks for {@link #MARGIN} times that, reruns with the same seed (the
 * earlier run's paths are the first paths of the new one), and repeats until the target is met.
 */
public final class StandardErrorTarget {

  /** Extra paths asked for beyond the estimate, since the standard error is itself estimated. */
  public static final double MARGIN = 1.1;

  private StandardErrorTarget() {
  }

  /**
   * Every run of a search, in order; the last one met the target.
   *
   * @param target the standard error asked for
   * @param runs the valuations, with growing path counts
   */
  public record Search(double target, List<BookValuation> runs) {

    public Search {
      runs = List.copyOf(runs);
    }

    /** The valuation that met the target. */
    public BookValuation valuation() {
      return runs.get(runs.size() - 1);
    }
  }

  /**
   * Starts from {@code start}'s own path count.
   *
   * @param target the standard error of the total to get below, in the total's units
   * @param maxPaths the most paths a run may use; the search fails, naming the paths it would need,
   *     rather than exceed it
   */
  public static Search value(ValuationCase start, double target, long maxPaths) {
    Checks.positive(target, "targetStandardError");
    Checks.positive(maxPaths, "maxPaths");
    if (start.settings().paths() > maxPaths) {
      throw new InvalidValueException("maxPaths", String.format(Locale.US, "(%,d) must not be below the paths the"
          + " search starts from (%,d)", maxPaths, start.settings().paths()));
    }
    List<BookValuation> runs = new ArrayList<>();
    ValuationCase next = start;
    while (true) {
      if (next.settings().paths() > maxPaths) {
        BookValuation last = runs.get(runs.size() - 1);
        throw new InvalidValueException("targetStandardError", String.format(Locale.US,
            "%s needs about %,d paths (standard error %s with %,d paths), more than the limit of %,d", plain(target),
            next.settings().paths(), plain(last.total().standardError()), last.simulatedPaths(), maxPaths));
      }
      BookValuation valuation = next.value();
      runs.add(valuation);
      double standardError = valuation.total().standardError();
      if (standardError < target) {
        return new Search(target, runs);
      }
      next = next.withSettings(next.settings().withPaths(neededPaths(valuation.simulatedPaths(), standardError, target)));
    }
  }

  /** n (s / target)² × {@link #MARGIN}, at least one more pair than n. */
  static long neededPaths(long paths, double standardError, double target) {
    double ratio = standardError / target;
    double needed = Math.ceil(paths * ratio * ratio * MARGIN);
    return needed >= SimulationSettings.MAX_PATHS ? SimulationSettings.MAX_PATHS : Math.max(paths + 2, (long) needed);
  }


  /** "32,710.02" for a figure of 1 or more, six significant digits below that. */
  private static String plain(double value) {
    return Math.abs(value) >= 1 ? String.format(Locale.US, "%,.2f", value)
        : BigDecimal.valueOf(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
