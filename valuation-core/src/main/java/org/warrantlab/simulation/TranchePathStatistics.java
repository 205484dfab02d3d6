package org.warrantlab.simulation;

import java.util.OptionalDouble;
import org.warrantlab.check.Checks;
import org.warrantlab.montecarlo.SimulationResult;

/**
 * What happened to a tranche on a run's paths: the share of paths on which a financing happened while it was
 * outstanding, the share on which its anti-dilution clause reset its exercise price, and the mean exercise
 * price the clause had set last, over the paths that reset.
 *
 * @param financingShare share of paths with a financing before the tranche settled, in [0, 1]
 * @param resetShare share of paths on which the clause reset the tranche, in [0, 1]
 * @param meanResetPrice mean of the last reset exercise price over those paths; empty when none reset
 */
public record TranchePathStatistics(double financingShare, double resetShare, OptionalDouble meanResetPrice) {

  public TranchePathStatistics {
    Checks.finite(financingShare, "financingShare");
    Checks.finite(resetShare, "resetShare");
    Checks.notNull(meanResetPrice, "meanResetPrice");
  }

  /** Tranche {@code tranche}'s statistics from a run of a book whose walks tallied them. */
  public static TranchePathStatistics of(SimulationResult result, int tranche) {
    int at = TrancheEventTally.QUANTITIES * tranche;
    double resets = result.tally().sum(at + TrancheEventTally.RESET);
    return new TranchePathStatistics(result.tallyMean(at + TrancheEventTally.FINANCED),
        result.tallyMean(at + TrancheEventTally.RESET), resets > 0
            ? OptionalDouble.of(result.tally().sum(at + TrancheEventTally.RESET_PRICE) / resets)
            : OptionalDouble.empty());
  }

  /** Whether a run of this payoff tallies the statistics. */
  public static boolean tallied(SimulationResult result, int tranches) {
    return result.tally().size() >= TrancheEventTally.QUANTITIES * tranches;
  }
}
