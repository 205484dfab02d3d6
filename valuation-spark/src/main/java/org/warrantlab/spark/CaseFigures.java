package org.warrantlab.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.ContingencyStatistics;
import org.warrantlab.pricer.ExerciseBounds;
import org.warrantlab.pricer.ExerciseStatistics;
import org.warrantlab.pricer.TrancheValuation;
import org.warrantlab.result.Estimate;
import org.warrantlab.simulation.TranchePathStatistics;
import org.warrantlab.sweep.ValuationCase;

/**
 * The numbers of one case's valuation, what a task sends back to the driver: the driver puts them back
 * on its own copy of the case, so no market, warrant or path crosses the network.
 *
 * @param index the case's place in the study
 */
record CaseFigures(int index, List<TrancheFigures> tranches, EstimateFigures total, long simulatedPaths)
    implements Serializable {

  CaseFigures {
    tranches = List.copyOf(tranches);
  }

  static CaseFigures of(int index, BookValuation valuation) {
    return new CaseFigures(index, valuation.tranches().stream().map(TrancheFigures::of).toList(),
        EstimateFigures.of(valuation.total()), valuation.simulatedPaths());
  }

  /** The valuation these figures are of, on {@code valued}: the case as the task valued it. */
  BookValuation on(ValuationCase valued) {
    if (valued.book().size() != tranches.size()) {
      throw new IllegalStateException("case " + index + " has " + valued.book().size() + " tranches but "
          + tranches.size() + " came back");
    }
    List<TrancheValuation> valuations = new ArrayList<>(tranches.size());
    for (int i = 0; i < tranches.size(); i++) {
      TrancheFigures t = tranches.get(i);
      valuations.add(new TrancheValuation(valued.book().get(i), t.perWarrant().estimate(),
          t.fairValue().estimate(), t.closedForm(), t.earlyExercise().map(ExerciseFigures::statistics),
          t.contingencies().stream().findFirst().map(ContingencyFigures::statistics),
          t.paths().stream().findFirst().map(PathFigures::statistics)));
    }
    return new BookValuation(valued.market(), valued.settings(), valuations, total.estimate(), simulatedPaths);
  }

  /** An {@link Estimate}'s fields. */
  record EstimateFigures(double value, double standardError, long samples, int degreesOfFreedom)
      implements Serializable {

    static EstimateFigures of(Estimate estimate) {
      return new EstimateFigures(estimate.value(), estimate.standardError(), estimate.samples(),
          estimate.degreesOfFreedom());
    }

    Estimate estimate() {
      return new Estimate(value, standardError, samples, degreesOfFreedom);
    }
  }

  /**
   * A {@link TrancheValuation}'s numbers, with its optional parts as lists of none or one, which Java
   * serialisation carries and {@link Optional} is not.
   */
  record TrancheFigures(EstimateFigures perWarrant, EstimateFigures fairValue, List<Double> closedFormPerWarrant,
      List<ExerciseFigures> exercise, List<ContingencyFigures> contingencies, List<PathFigures> paths)
      implements Serializable {

    TrancheFigures {
      closedFormPerWarrant = List.copyOf(closedFormPerWarrant);
      exercise = List.copyOf(exercise);
      contingencies = List.copyOf(contingencies);
      paths = List.copyOf(paths);
      if (closedFormPerWarrant.size() > 1 || exercise.size() > 1 || contingencies.size() > 1 || paths.size() > 1) {
        throw new IllegalArgumentException("a tranche has at most one closed form and one of each statistics");
      }
    }

    static TrancheFigures of(TrancheValuation t) {
      OptionalDouble closedForm = t.closedFormPerWarrant();
      return new TrancheFigures(EstimateFigures.of(t.perWarrant()), EstimateFigures.of(t.fairValue()),
          closedForm.isPresent() ? List.of(closedForm.getAsDouble()) : List.of(),
          t.earlyExercise().map(ExerciseFigures::of).stream().toList(),
          t.contingencies().map(ContingencyFigures::of).stream().toList(),
          t.pathStatistics().map(PathFigures::of).stream().toList());
    }

    OptionalDouble closedForm() {
      return closedFormPerWarrant.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(closedFormPerWarrant.get(0));
    }

    Optional<ExerciseFigures> earlyExercise() {
      return exercise.stream().findFirst();
    }
  }

  /** An {@link ExerciseStatistics}' numbers. */
  record ExerciseFigures(EstimateFigures exerciseProbability, EstimateFigures earlyExerciseProbability,
      double meanExerciseYears, int exerciseDates, List<BoundsFigures> bounds) implements Serializable {

    ExerciseFigures {
      bounds = List.copyOf(bounds);
    }

    static ExerciseFigures of(ExerciseStatistics s) {
      return new ExerciseFigures(EstimateFigures.of(s.exerciseProbability()),
          EstimateFigures.of(s.earlyExerciseProbability()), s.meanExerciseYears(), s.exerciseDates(),
          s.bounds().map(BoundsFigures::of).stream().toList());
    }

    ExerciseStatistics statistics() {
      return new ExerciseStatistics(exerciseProbability.estimate(), earlyExerciseProbability.estimate(),
          meanExerciseYears, exerciseDates, bounds.stream().findFirst().map(BoundsFigures::bounds));
    }
  }

  /** An {@link ExerciseBounds}' numbers. */
  record BoundsFigures(EstimateFigures lowerBound, EstimateFigures upperBound, EstimateFigures dualityGap,
      int outerPaths, int continuations) implements Serializable {

    static BoundsFigures of(ExerciseBounds b) {
      return new BoundsFigures(EstimateFigures.of(b.lowerBound()), EstimateFigures.of(b.upperBound()),
          EstimateFigures.of(b.dualityGap()), b.outerPaths(), b.continuations());
    }

    ExerciseBounds bounds() {
      return new ExerciseBounds(lowerBound.estimate(), upperBound.estimate(), dualityGap.estimate(), outerPaths,
          continuations);
    }
  }

  /** A {@link ContingencyStatistics}' numbers. */
  record ContingencyFigures(EstimateFigures redemptionProbability, double meanRedemptionYears,
      EstimateFigures transactionProbability) implements Serializable {

    static ContingencyFigures of(ContingencyStatistics s) {
      return new ContingencyFigures(EstimateFigures.of(s.redemptionProbability()), s.meanRedemptionYears(),
          EstimateFigures.of(s.transactionProbability()));
    }

    ContingencyStatistics statistics() {
      return new ContingencyStatistics(redemptionProbability.estimate(), meanRedemptionYears,
          transactionProbability.estimate());
    }
  }

  /** A {@link TranchePathStatistics}' numbers, the mean reset price as a list of none or one. */
  record PathFigures(double financingShare, double resetShare, List<Double> meanResetPrice) implements Serializable {

    PathFigures {
      meanResetPrice = List.copyOf(meanResetPrice);
    }

    static PathFigures of(TranchePathStatistics s) {
      return new PathFigures(s.financingShare(), s.resetShare(),
          s.meanResetPrice().isPresent() ? List.of(s.meanResetPrice().getAsDouble()) : List.of());
    }

    TranchePathStatistics statistics() {
      return new TranchePathStatistics(financingShare, resetShare, meanResetPrice.isEmpty() ? OptionalDouble.empty()
          : OptionalDouble.of(meanResetPrice.get(0)));
    }
  }
}
