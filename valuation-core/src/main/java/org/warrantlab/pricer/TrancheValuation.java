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
 * @param pathStatistics the shares of paths with a financing and with a reset, where the paths were walked
 */
public record TrancheValuation(ResolvedWarrant warrant, Estimate perWarrant, Estimate fairValue,
    OptionalDouble closedFormPerWarrant, Optional<ExerciseStatistics> earlyExercise,
    Optional<TranchePathStatistics> pathStatistics) {

  /** A valuation whose paths tallied nothing. */
  public TrancheValuation(ResolvedWarrant warrant, Estimate perWarrant, Estimate fairValue,
      OptionalDouble closedFormPerWarrant, Optional<ExerciseStatistics> earlyExercise) {
    this(warrant, perWarrant, fairValue, closedFormPerWarrant, earlyExercise, Optional.empty());
  }
}
