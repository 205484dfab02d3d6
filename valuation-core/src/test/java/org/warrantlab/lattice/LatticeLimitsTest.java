package org.warrantlab.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.closedform.BlackScholes;
import org.warrantlab.process.GbmProcess;

/** Limits a lattice must reach exactly, and the inputs it refuses. */
class LatticeLimitsTest {

  private static final BinomialPricer PRICER = BinomialPricer.DEFAULT;

  @Test
  void atExpiryEveryOptionIsWorthItsIntrinsicValue() {
    for (ExerciseRule rule : new ExerciseRule[] {ExerciseRule.EUROPEAN, ExerciseRule.AMERICAN}) {
      assertEquals(4.0, PRICER.price(new LatticeOption(OptionType.PUT, 40, 0, rule), 36, 0.06, 0, 0.2), 0.0);
      assertEquals(0.0, PRICER.price(new LatticeOption(OptionType.CALL, 40, 0, rule), 36, 0.06, 0, 0.2), 0.0);
      assertEquals(4.0, PRICER.price(new LatticeOption(OptionType.CALL, 40, 0, rule), 44, 0.06, 0, 0.2), 0.0);
    }
    assertEquals(4.0, PRICER.price(LatticeOption.bermudan(OptionType.PUT, 40, 0, 0.0), 36, 0.06, 0, 0.2), 0.0);
  }

  @Test
  void zeroVolatilityEuropeanCallIsTheDiscountedForwardIntrinsicValue() {
    for (TreeParameterisation parameterisation : TreeParameterisation.values()) {
      double lattice = BinomialPricer.of(parameterisation, 101)
          .price(LatticeOption.european(OptionType.CALL, 40, 2), 40, 0.06, 0.01, 0);
      assertEquals(BlackScholes.callPrice(40, 40, 2, 0.06, 0.01, 0), lattice, 1e-12);
    }
  }

  @Test
  void zeroVolatilityAmericanPutExercisesAtTheBestStepOfTheForwardPath() {
    // S = 36 drifting down at r - q = -4%: the discounted exercise value 40 e^{-0.06 t} - 36 e^{-0.10 t}
    // peaks at t = ln(1.5) / 0.04 = 10.14 years, inside a 20-year life.
    int steps = 2001;
    double years = 20;
    double best = 0;
    for (int i = 0; i <= steps; i++) {
      double t = i * years / steps;
      best = Math.max(best, Math.exp(-0.06 * t) * Math.max(40 - 36 * Math.exp(-0.04 * t), 0));
    }
    for (TreeParameterisation parameterisation : TreeParameterisation.values()) {
      double lattice = BinomialPricer.of(parameterisation, steps)
          .price(LatticeOption.american(OptionType.PUT, 40, years), 36, 0.06, 0.10, 0);
      assertEquals(best, lattice, 1e-9);
    }
    double european = 40 * Math.exp(-0.06 * years) - 36 * Math.exp(-0.10 * years);
    assertTrue(best > european + 1);
  }

  @Test
  void bothMarketSignaturesGiveTheSameValue() {
    LatticeOption option = LatticeOption.american(OptionType.PUT, 40, 1);
    assertEquals(PRICER.price(option, 36, 0.06, 0.01, 0.2),
        PRICER.price(option, new GbmProcess(36, 0.06, 0.01, 0.2)), 0.0);
  }

  @Test
  void rejectsBadMarketInputsNamingTheField() {
    LatticeOption put = LatticeOption.american(OptionType.PUT, 40, 1);
    assertField("volatility", () -> PRICER.price(put, 36, 0.06, 0, -0.2));
    assertField("volatility", () -> PRICER.price(put, 36, 0.06, 0, Double.NaN));
    assertField("spot", () -> PRICER.price(put, 0, 0.06, 0, 0.2));
    assertField("spot", () -> PRICER.price(put, Double.NaN, 0.06, 0, 0.2));
    assertField("rate", () -> PRICER.price(put, 36, Double.POSITIVE_INFINITY, 0, 0.2));
    assertField("dividendYield", () -> PRICER.price(put, 36, 0.06, -0.01, 0.2));
    assertField("process", () -> PRICER.price(put, null));
    assertField("option", () -> PRICER.price(null, 36, 0.06, 0, 0.2));
  }

  @Test
  void rejectsBadOptionTermsNamingTheField() {
    assertField("strike", () -> LatticeOption.european(OptionType.CALL, 0, 1));
    assertField("years", () -> LatticeOption.european(OptionType.CALL, 40, -1));
    assertField("years", () -> LatticeOption.european(OptionType.CALL, 40, Double.NaN));
    assertField("type", () -> LatticeOption.european(null, 40, 1));
    assertField("exercise", () -> new LatticeOption(OptionType.PUT, 40, 1, null));
    assertField("exerciseTimes[1]", () -> LatticeOption.bermudan(OptionType.PUT, 40, 1, 0.5, 1.5));
    assertField("exerciseTimes[0]", () -> LatticeOption.bermudan(OptionType.PUT, 40, 1, -0.1));
  }

  @Test
  void rejectsStepCountsTheTreeCannotUse() {
    assertField("steps", () -> BinomialPricer.of(TreeParameterisation.COX_ROSS_RUBINSTEIN, 0));
    assertField("steps", () -> BinomialPricer.of(TreeParameterisation.LEISEN_REIMER, -1));
    InvalidValueException even = assertThrows(InvalidValueException.class,
        () -> BinomialPricer.of(TreeParameterisation.LEISEN_REIMER, 200));
    assertEquals("steps must be odd for a Leisen-Reimer tree but was 200; use 201", even.getMessage());
    assertField("parameterisation", () -> BinomialPricer.of(null, 101));
  }

  @Test
  void rejectsACoxRossRubinsteinTreeWhoseProbabilityLeavesTheUnitInterval() {
    // One step of a year: growth e^0.5 = 1.65 is above up = e^0.01, so p > 1.
    BinomialPricer oneStep = BinomialPricer.of(TreeParameterisation.COX_ROSS_RUBINSTEIN, 1);
    assertField("steps", () -> oneStep.price(LatticeOption.european(OptionType.CALL, 40, 1), 40, 0.5, 0, 0.01));
  }

  private static void assertField(String field, Executable call) {
    InvalidValueException thrown = assertThrows(InvalidValueException.class, call);
    assertEquals(field, thrown.field(), thrown.getMessage());
  }
}
