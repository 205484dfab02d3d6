package org.warrantlab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.event.FinancingSize;
import org.warrantlab.event.FinancingTerms;
import org.warrantlab.event.FinancingWindow;
import org.warrantlab.event.PoissonFinancing;
import org.warrantlab.event.PriceRule;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.FullRatchet;
import org.warrantlab.instrument.ResetLimits;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.ScheduledReset;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.Compounding;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.montecarlo.SimulationSettings;

class PerturbationTest {

  private static final LocalDate VALUATION = LocalDate.of(2012, 6, 30);

  /** Capstone's 2012 tranche (full ratchet, amended to a fixed $1.26) beside a plain tranche that dilutes. */
  private static final ValuationInputs INPUTS = new ValuationInputs(
      new MarketData(VALUATION, 1.02, 0.65, new RiskFreeRate(0.0072, Compounding.SEMI_ANNUAL), 0, 300_000_000),
      List.of(new Warrant("2012-02", 11_275_000, 1.0, 1.55, LocalDate.of(2012, 2, 7), LocalDate.of(2017, 2, 7),
              ExerciseStyle.EUROPEAN, Dilution.SHARE_COUNT,
              new FullRatchet(new ResetLimits(1.0, false, Integer.MAX_VALUE, null, null)),
              List.of(new ScheduledReset(LocalDate.of(2012, 9, 18), PriceRule.fixed(1.26), false))),
          new Warrant("plain", 1_000_000, 1.0, 1.20, LocalDate.of(2011, 6, 30), LocalDate.of(2014, 6, 30),
              ExerciseStyle.EUROPEAN, Dilution.SHARE_COUNT)),
      List.of(new FinancingWindow(LocalDate.of(2012, 9, 4), LocalDate.of(2012, 9, 28), 0.6,
              new FinancingTerms(FinancingSize.ofShares(4_750_000), PriceRule.lesserOfCloseAndVwap(10), 0.08, true)),
          new PoissonFinancing(LocalDate.of(2012, 10, 1), LocalDate.of(2014, 12, 31), 1.0,
              new FinancingTerms(FinancingSize.ofAmount(5_000_000), PriceRule.fixed(0.9), 0.06, false))),
      new SimulationSettings(20_000, 7, true, true, 1));

  private static final NumericInput VOLATILITY = NumericInput.market(MarketField.VOLATILITY);

  @Test
  void aSetOrShiftChangesOnlyItsPlaceAndLeavesTheInputsAlone() {
    ValuationInputs changed = INPUTS.apply(Perturbation.set(VOLATILITY, 0.8));
    assertEquals(0.8, changed.market().volatility().termVolatility(1), 0.0);
    assertEquals(0.65, INPUTS.market().volatility().termVolatility(1), 0.0);
    assertEquals(INPUTS.market().withVolatility(0.8), changed.market());
    assertEquals(INPUTS.warrants(), changed.warrants());
    assertEquals(INPUTS.financings(), changed.financings());

    ValuationInputs cheaper = INPUTS.apply(Perturbation.shift(NumericInput.tranche(1, TrancheField.EXERCISE_PRICE),
        -0.2));
    assertEquals(1.20 - 0.2, cheaper.warrants().get(1).exercisePrice(), 0.0);
    assertEquals(INPUTS.warrants().get(0), cheaper.warrants().get(0));
  }

  @Test
  void perturbationsApplyInOrderEachToTheResultOfTheOneBefore() {
    NumericInput spot = NumericInput.market(MarketField.SPOT);
    List<Perturbation> steps = List.of(Perturbation.set(spot, 2.0), Perturbation.shift(spot, 0.5),
        Perturbation.set(VOLATILITY, 0.4));
    ValuationInputs inTurn = INPUTS.apply(steps.get(0)).apply(steps.get(1)).apply(steps.get(2));
    assertEquals(inTurn, INPUTS.apply(steps));
    assertEquals(2.5, inTurn.market().spot(), 0.0);
    assertEquals(1.02, INPUTS.apply(List.of(Perturbation.shift(spot, 0.5), Perturbation.set(spot, 1.02)))
        .market().spot(), 0.0);
  }

  @Test
  void theQuotedRateKeepsItsCompoundingAndTheContinuousRateIsContinuous() {
    ValuationInputs quoted = INPUTS.apply(Perturbation.set(NumericInput.market(MarketField.RISK_FREE_RATE), 0.02));
    assertEquals(new RiskFreeRate(0.02, Compounding.SEMI_ANNUAL), quoted.market().riskFreeRate());
    ValuationInputs bumped = INPUTS.apply(Perturbation.shift(NumericInput.market(MarketField.CONTINUOUS_RATE),
        0.0001));
    assertEquals(RiskFreeRate.continuous(INPUTS.market().riskFreeRate().zeroRate(1) + 0.0001), bumped.market().riskFreeRate());
  }

  @Test
  void clauseResetAndFinancingFieldsChangeThroughTheirRecords() {
    ValuationInputs changed = INPUTS.apply(List.of(
        Perturbation.set(NumericInput.tranche(0, TrancheField.FLOOR), 0.8),
        Perturbation.set(NumericInput.tranche(0, TrancheField.MAX_RESETS), 2),
        Perturbation.set(NumericInput.scheduledReset(0, 0, PriceField.FIXED_PRICE), 1.1),
        Perturbation.set(NumericInput.financing(0, FinancingField.PROBABILITY), 0.3),
        Perturbation.set(NumericInput.financing(0, FinancingField.VWAP_DAYS), 5),
        Perturbation.set(NumericInput.financing(1, FinancingField.INTENSITY), 2.0),
        Perturbation.set(NumericInput.financing(1, FinancingField.FIXED_PRICE), 0.8),
        Perturbation.set(NumericInput.settings(SettingsField.SEED), 8)));
    Warrant ratchet = changed.warrants().get(0);
    assertEquals(new ResetLimits(0.8, false, 2, null, null), ratchet.antiDilution().limits());
    assertEquals(PriceRule.fixed(1.1), ratchet.scheduledResets().get(0).price());
    FinancingWindow window = (FinancingWindow) changed.financings().get(0);
    assertEquals(0.3, window.probability(), 0.0);
    assertEquals(PriceRule.lesserOfCloseAndVwap(5), window.terms().pricing());
    PoissonFinancing poisson = (PoissonFinancing) changed.financings().get(1);
    assertEquals(2.0, poisson.intensity(), 0.0);
    assertEquals(PriceRule.fixed(0.8), poisson.terms().pricing());
    assertEquals(8, changed.settings().seed());
  }

  @Test
  void datesMoveByDaysOrAreSet() {
    ValuationInputs later = INPUTS.apply(Perturbation.shiftDays(DateInput.VALUATION_DATE, 1));
    assertEquals(VALUATION.plusDays(1), later.market().valuationDate());
    ValuationInputs shorter = INPUTS.apply(Perturbation.set(new DateInput.ExpiryDate(1), LocalDate.of(2013, 6, 28)));
    assertEquals(LocalDate.of(2013, 6, 28), shorter.warrants().get(1).expiryDate());
    ValuationInputs window = INPUTS.apply(Perturbation.shiftDays(new DateInput.FinancingEnd(0), 2));
    assertEquals(LocalDate.of(2012, 9, 30), window.financings().get(0).end());
  }

  /** The resolved book reads the perturbed inputs: more shares outstanding dilute less. */
  @Test
  void theBookResolvesAgainstThePerturbedMarket() {
    ValuationInputs more = INPUTS.apply(Perturbation.set(NumericInput.market(MarketField.SHARES_OUTSTANDING), 6e8));
    ResolvedWarrant plain = more.book().get(1);
    assertEquals(6e8 / (6e8 + 1_000_000), plain.dilutionFactor(), 0.0);
    assertEquals(ResolvedWarrant.resolve(INPUTS.warrants().get(1), INPUTS.market()), INPUTS.book().get(1));
  }

  @Test
  void aValueTheContractRefusesFailsNamingItsField() {
    InvalidValueException volatility = assertThrows(InvalidValueException.class,
        () -> INPUTS.apply(Perturbation.set(VOLATILITY, -0.2)));
    assertEquals("volatility must be non-negative and finite but was -0.2", volatility.getMessage());
    InvalidValueException count = assertThrows(InvalidValueException.class,
        () -> INPUTS.apply(Perturbation.set(NumericInput.tranche(0, TrancheField.COUNT), 1.5)));
    assertEquals("count must be a whole number but was 1.5", count.getMessage());
    InvalidValueException probability = assertThrows(InvalidValueException.class,
        () -> INPUTS.apply(Perturbation.shift(NumericInput.financing(0, FinancingField.PROBABILITY), 0.5)));
    assertEquals("probability", probability.field());
    InvalidValueException fixed = assertThrows(InvalidValueException.class,
        () -> INPUTS.apply(Perturbation.set(NumericInput.financing(0, FinancingField.FIXED_PRICE), 1.0)));
    assertEquals("price applies only to FIXED pricing, not LESSER_OF_CLOSE_AND_VWAP", fixed.getMessage());
  }

  @Test
  void aPlaceTheInputsDoNotHaveFailsNamingIt() {
    assertEquals("tranche [2] is not in the book, which has 2 tranches", assertThrows(InvalidValueException.class,
        () -> INPUTS.apply(Perturbation.set(NumericInput.tranche(2, TrancheField.EXERCISE_PRICE), 1))).getMessage());
    assertEquals("financing [2] is not among the assumptions: there are 2", assertThrows(InvalidValueException.class,
        () -> INPUTS.apply(Perturbation.set(NumericInput.financing(2, FinancingField.DISCOUNT), 0.1))).getMessage());
    assertTrue(assertThrows(InvalidValueException.class,
        () -> INPUTS.apply(Perturbation.set(NumericInput.scheduledReset(1, 0, PriceField.FIXED_PRICE), 1)))
        .getMessage().contains("tranche plain, which has none"));
    assertEquals("intensity", assertThrows(InvalidValueException.class,
        () -> INPUTS.apply(Perturbation.set(NumericInput.financing(0, FinancingField.INTENSITY), 1))).field());
    assertEquals("antiDilution", assertThrows(InvalidValueException.class,
        () -> INPUTS.apply(Perturbation.set(NumericInput.tranche(1, TrancheField.FLOOR), 0.5))).field());
    assertEquals(1, INPUTS.trancheIndex("plain"));
  }

  /** A list may pass through inputs that do not resolve; only the book of the result is resolved. */
  @Test
  void onlyTheResultOfAListIsResolved() {
    DateInput date = DateInput.VALUATION_DATE;
    ValuationInputs expiredOnTheWay = INPUTS.apply(List.of(Perturbation.set(date, LocalDate.of(2018, 1, 1)),
        Perturbation.set(date, VALUATION)));
    assertEquals(INPUTS.book(), expiredOnTheWay.book());
    ValuationInputs expired = INPUTS.apply(Perturbation.set(date, LocalDate.of(2018, 1, 1)));
    assertEquals("expiryDate", assertThrows(InvalidValueException.class, expired::book).field());
  }
}
