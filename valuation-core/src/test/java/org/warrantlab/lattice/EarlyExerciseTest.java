package org.warrantlab.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.warrantlab.process.GbmProcess;

/** American and Bermudan values against European ones, and against published figures. */
class EarlyExerciseTest {

  private static final BinomialPricer CRR = BinomialPricer.of(TreeParameterisation.COX_ROSS_RUBINSTEIN, 2000);
  private static final BinomialPricer LR = BinomialPricer.of(TreeParameterisation.LEISEN_REIMER, 2001);

  @ParameterizedTest
  @EnumSource(TreeParameterisation.class)
  void americanPutIsWorthMoreThanTheEuropeanPut(TreeParameterisation parameterisation) {
    BinomialPricer pricer = BinomialPricer.of(parameterisation, 1001);
    double european = pricer.price(LatticeOption.european(OptionType.PUT, 40, 1), 36, 0.06, 0, 0.2);
    double american = pricer.price(LatticeOption.american(OptionType.PUT, 40, 1), 36, 0.06, 0, 0.2);
    // 3.844 European against 4.487 American.
    assertTrue(american > european + 0.6, () -> american + " vs " + european);
  }

  @ParameterizedTest
  @EnumSource(TreeParameterisation.class)
  void americanCallWithoutDividendsEqualsTheEuropeanCallOnTheSameTree(TreeParameterisation parameterisation) {
    // Measured: equal to the last bit; early exercise never beats holding when q = 0 and r > 0.
    BinomialPricer pricer = BinomialPricer.of(parameterisation, 1001);
    GbmProcess market = new GbmProcess(36, 0.06, 0, 0.2);
    double european = pricer.price(LatticeOption.european(OptionType.CALL, 40, 1), market);
    double american = pricer.price(LatticeOption.american(OptionType.CALL, 40, 1), market);
    assertEquals(european, american, 1e-9 * european);
    assertTrue(pricer.exerciseBoundary(LatticeOption.american(OptionType.CALL, 40, 1), market).points().isEmpty());
  }

  @ParameterizedTest
  @EnumSource(TreeParameterisation.class)
  void americanCallWithADividendYieldIsWorthMoreThanTheEuropeanCall(TreeParameterisation parameterisation) {
    BinomialPricer pricer = BinomialPricer.of(parameterisation, 1001);
    double european = pricer.price(LatticeOption.european(OptionType.CALL, 40, 1), 44, 0.06, 0.04, 0.3);
    double american = pricer.price(LatticeOption.american(OptionType.CALL, 40, 1), 44, 0.06, 0.04, 0.3);
    // 7.413 European against 7.427 American.
    assertTrue(american > european + 0.01, () -> american + " vs " + european);
  }

  /**
   * Longstaff and Schwartz (2001), Table 1, "finite difference" column: K = 40, r = 0.06. Those
   * figures are the values of a put exercisable 50 times a year, the contract their simulation
   * prices, not of a continuously exercisable American put. Measured on Bermudan puts with 50 dates a
   * year, worst error over the five rows: CRR 2,000 steps 4.8e-4, LR 2,001 steps 3.4e-4. The same puts
   * exercisable at every step (American) are 6e-3 to 9e-3 higher: 4.4867, 4.8483, 2.3196, 1.1130,
   * 7.1091 (both trees agree to 1e-4 at 10,000 steps).
   */
  @ParameterizedTest(name = "S={0} sigma={1} T={2}: {3}")
  @CsvSource({
      "36, 0.2, 1, 4.478, 4.4867",
      "36, 0.2, 2, 4.840, 4.8483",
      "40, 0.2, 1, 2.314, 2.3196",
      "44, 0.2, 1, 1.110, 1.1130",
      "36, 0.4, 1, 7.101, 7.1091"
  })
  void matchesLongstaffSchwartzTableOne(double spot, double volatility, double years,
      double fiftyDatesAYear, double american) {
    LatticeOption bermudan = new LatticeOption(OptionType.PUT, 40, years, fiftyDatesAYear(years));
    LatticeOption continuous = LatticeOption.american(OptionType.PUT, 40, years);
    for (BinomialPricer pricer : new BinomialPricer[] {CRR, LR}) {
      assertEquals(fiftyDatesAYear, pricer.price(bermudan, spot, 0.06, 0, volatility), 2e-3, pricer.toString());
      assertEquals(american, pricer.price(continuous, spot, 0.06, 0, volatility), 1e-3, pricer.toString());
    }
  }

  @Test
  void bermudanLiesBetweenEuropeanAndAmerican() {
    for (OptionType type : OptionType.values()) {
      double european = LR.price(LatticeOption.european(type, 40, 1), 40, 0.06, 0.04, 0.3);
      double bermudan = LR.price(new LatticeOption(type, 40, 1, fiftyDatesAYear(1)), 40, 0.06, 0.04, 0.3);
      double american = LR.price(LatticeOption.american(type, 40, 1), 40, 0.06, 0.04, 0.3);
      assertTrue(european < bermudan && bermudan < american,
          () -> type + ": " + european + " < " + bermudan + " < " + american);
    }
  }

  @Test
  void bermudanExercisableOnlyAtExpiryIsTheEuropeanExactly() {
    for (OptionType type : OptionType.values()) {
      double european = CRR.price(LatticeOption.european(type, 40, 1.5), 38, 0.06, 0.02, 0.3);
      assertEquals(european, CRR.price(LatticeOption.bermudan(type, 40, 1.5, 1.5), 38, 0.06, 0.02, 0.3), 0.0);
      assertEquals(european, CRR.price(LatticeOption.bermudan(type, 40, 1.5), 38, 0.06, 0.02, 0.3), 0.0);
    }
  }

  @Test
  void bermudanExercisableAtEveryStepIsTheAmericanExactly() {
    BinomialPricer pricer = BinomialPricer.of(TreeParameterisation.COX_ROSS_RUBINSTEIN, 100);
    double[] everyStep = new double[101];
    for (int i = 0; i <= 100; i++) {
      everyStep[i] = i * 2.0 / 100;
    }
    assertEquals(pricer.price(LatticeOption.american(OptionType.PUT, 40, 2), 36, 0.06, 0, 0.2),
        pricer.price(LatticeOption.bermudan(OptionType.PUT, 40, 2, everyStep), 36, 0.06, 0, 0.2), 0.0);
  }

  @Test
  void americanPutBoundaryStaysBelowTheStrikeAndRisesTowardItAtExpiry() {
    ExerciseBoundary boundary = LR.exerciseBoundary(LatticeOption.american(OptionType.PUT, 40, 1),
        new GbmProcess(36, 0.06, 0, 0.2));
    assertTrue(boundary.points().size() > 1900, () -> "points: " + boundary.points().size());
    ExerciseBoundary.Point first = boundary.points().get(0);
    ExerciseBoundary.Point last = boundary.points().get(boundary.points().size() - 1);
    assertTrue(first.years() < last.years());
    assertTrue(boundary.points().stream().allMatch(point -> point.spot() < 40));
    assertTrue(first.spot() < 34 && last.spot() > 39, () -> first + " .. " + last);
  }

  @Test
  void americanCallBoundaryNearExpiryApproachesRateOverYieldTimesStrike() {
    // With q > 0 the call's boundary tends to max(K, rK/q) = 60 at expiry.
    ExerciseBoundary boundary = LR.exerciseBoundary(LatticeOption.american(OptionType.CALL, 40, 1),
        new GbmProcess(44, 0.06, 0.04, 0.3));
    ExerciseBoundary.Point last = boundary.points().get(boundary.points().size() - 1);
    assertEquals(60, last.spot(), 1.0);
    assertTrue(boundary.points().stream().allMatch(point -> point.spot() > 40));
  }

  /** Exercise dates every 1/50 of a year up to {@code years}. */
  private static ExerciseRule fiftyDatesAYear(double years) {
    int dates = (int) Math.round(50 * years);
    double[] times = new double[dates];
    for (int k = 1; k <= dates; k++) {
      times[k - 1] = k / 50.0;
    }
    return ExerciseRule.bermudan(times);
  }
}
