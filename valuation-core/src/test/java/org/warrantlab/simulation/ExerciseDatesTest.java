package org.warrantlab.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warrantlab.exercise.EarlyExerciseSettings;
import org.warrantlab.exercise.RegressionBasis;
import org.warrantlab.exercise.RegressionSolver;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.MonteCarloWarrantPricer;
import org.warrantlab.pricer.TrancheValuation;

/** American exercise dates after a valuation date that is followed by a weekend. */
class ExerciseDatesTest {

  private static final LocalDate FRIDAY = LocalDate.of(2024, 6, 28);
  private static final MarketData PAYING = new MarketData(FRIDAY, 12, 0.35, RiskFreeRate.continuous(0.03), 0.06,
      50_000_000);

  private static Warrant american() {
    return new Warrant("american", 2_000_000, 1.0, 10, FRIDAY.minusYears(1), FRIDAY.plusYears(2),
        ExerciseStyle.AMERICAN, Dilution.NONE);
  }

  @Test
  void aDailyDateThatMovesBackOntoTheValuationDateIsTheValuationDatesExercise() {
    // Saturday and Sunday move back to Friday, the valuation date itself: the first date after it is Monday.
    ExerciseDates dates = ExerciseDates.of(american(), PAYING, 365);
    assertEquals(LocalDate.of(2024, 7, 1), dates.dates().get(0));
    assertTrue(dates.onValuationDate());
    assertEquals(FRIDAY.plusYears(2), dates.dates().get(dates.count() - 1));
    assertEquals(521, dates.count(), "the 520 trading days from Monday 2024-07-01 to Friday 2026-06-26, and the"
        + " expiry, Sunday 2026-06-28");
  }

  @Test
  void aDailyAmericanWarrantIsExercisedEarlyWhenItPays() {
    // A 6% yield on an in-the-money warrant: holders exercise early on a good share of the paths.
    TrancheValuation valuation = MonteCarloWarrantPricer.DEFAULT.value(
        List.of(ResolvedWarrant.resolve(american(), PAYING)), PAYING,
        new SimulationSettings(20_000, 20240628, true, true, 2, new EarlyExerciseSettings(365, 4096,
            RegressionBasis.LAGUERRE, 3, RegressionSolver.QR))).tranches().get(0);
    double early = valuation.earlyExercise().orElseThrow().earlyExerciseProbability().value();
    assertTrue(early > 0.3, "early exercise probability " + early);
  }
}
