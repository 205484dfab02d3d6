package org.warrantlab.pricer;

import java.util.Optional;
import java.util.OptionalDouble;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.result.Estimate;
import org.warrantlab.simulation.TranchePathStatistics;

/**
 * The fair value of one tranche.
 *
 * @param warrant the tranche, resolved against the valuation date
 * @param perWarrant Monte Carlo fair value of one warrant, with its standard error
 * @param fairValue the tranche's total: per-warrant value times the warrant count
 * @param closedFormPerWarrant the Black–Scholes value per warrant, where the contract has one
 * @param earlyExercise how the holders exercised, where the tranche was valued with early exercise
 * @param contingencies how often it was redeemed or taken in a fundamental transaction, where the book
 *     has a redemption right or a transaction
 * @param pathStatistics the shares of paths with a financing and with a reset, where the paths were walked
 */
public record TrancheValuation(ResolvedWarrant warrant, Estimate perWarrant, Estimate fairValue,
    OptionalDouble closedFormPerWarrant, Optional<ExerciseStatistics> earlyExercise,
    Optional<ContingencyStatistics> contingencies, Optional<TranchePathStatistics> pathStatistics) {

  /** A tranche with no redemption right, no fundamental transaction and no tallied paths. */
  public TrancheValuation(ResolvedWarrant warrant, Estimate perWarrant, Estimate fairValue,
      OptionalDouble closedFormPerWarrant, Optional<ExerciseStatistics> earlyExercise) {
    this(warrant, perWarrant, fairValue, closedFormPerWarrant, earlyExercise, Optional.empty(), Optional.empty());
  }
}
