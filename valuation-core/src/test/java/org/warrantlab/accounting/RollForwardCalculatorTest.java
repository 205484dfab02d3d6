package org.warrantlab.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warrantlab.accounting.Plans.APRIL;
import static org.warrantlab.accounting.Plans.OPENING;
import static org.warrantlab.accounting.Plans.QUARTER_ENDS;
import static org.warrantlab.accounting.Plans.SETTINGS;
import static org.warrantlab.accounting.Plans.inputs;
import static org.warrantlab.accounting.Plans.period;
import static org.warrantlab.accounting.Plans.plain;
import static org.warrantlab.accounting.Plans.ratchet;
import static org.warrantlab.accounting.Plans.withDownRound;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.check.Location;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.ResetLimits;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.instrument.WeightedAverage;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.MonteCarloWarrantPricer;
import org.warrantlab.pricer.TrancheValuation;

/** Booking of each event and the measurements behind the roll-forward. */
class RollForwardCalculatorTest {

  private static final Warrant JAN_2007 = ratchet("2007-01", 20_000_000, 1.30, LocalDate.of(2007, 1, 23),
      LocalDate.of(2012, 1, 23));
  private static final Warrant MAY_2009 = plain("2009-05", 10_838_151, 0.95, LocalDate.of(2009, 5, 7),
      LocalDate.of(2016, 5, 7));

  /** Tranche {@code index} of {@code book} as {@code warrantlab value} measures it in that book. */
  private static TrancheValuation inBook(List<Warrant> book, int index, MeasurementInputs inputs) {
    List<ResolvedWarrant> resolved = book.stream().map(w -> ResolvedWarrant.resolve(w, inputs.market())).toList();
    BookValuation valuation = MonteCarloWarrantPricer.DEFAULT.value(resolved, inputs.financings(), inputs.market(),
        SETTINGS);
    return valuation.tranches().get(index);
  }

  private static TrancheValuation alone(Warrant warrant, MeasurementInputs inputs) {
    return inBook(List.of(warrant), 0, inputs);
  }

  private static LiabilityRollForward run(List<Warrant> tranches, ReportingPeriod... periods) {
    return RollForwardCalculator.DEFAULT.run(
        new RollForwardPlan(tranches, withDownRound(OPENING, 0.70), List.of(periods), APRIL, SETTINGS));
  }

  @Test
  void anExerciseMidPeriodMovesExactlyItsExerciseDateValueToEquity() {
    MeasurementInputs exerciseDay = withDownRound(LocalDate.of(2009, 8, 14), 1.10);
    LiabilityRollForward result = run(List.of(JAN_2007),
        period(QUARTER_ENDS.get(0), 1.14, 180_000_000),
        period(QUARTER_ENDS.get(1), 1.32, 191_170_000, new Exercise("2007-01", 5_000_000, exerciseDay)));

    TrancheValuation onExerciseDate = alone(JAN_2007, exerciseDay);
    BigDecimal expected = Money.ofDollars(5_000_000 * onExerciseDate.perWarrant().value()).negate();
    RollForwardLine line = result.periods().get(1).tranches().get(0).line();
    assertEquals(expected, line.exercises());
    assertEquals(expected, result.events().get(0).amount());
    assertEquals(15_000_000, result.measurements().get(2).tranches().get(0).valuation().warrant().warrant().count());
  }

  @Test
  void anAmendmentsIncrementalValueIsTheDifferenceOfTwoValuationsWithTheSameSeed() {
    MeasurementInputs amendmentDay = withDownRound(LocalDate.of(2009, 11, 16), 1.25);
    TermsChange repricing = TermsChange.repricing(1.00);
    LiabilityRollForward result = run(List.of(JAN_2007),
        period(QUARTER_ENDS.get(0), 1.14, 180_000_000),
        period(QUARTER_ENDS.get(1), 1.32, 191_170_000),
        period(QUARTER_ENDS.get(2), 1.29, 200_000_000, new Amendment("2007-01", repricing, amendmentDay)));

    BigDecimal before = TrancheMeasurement.of(alone(JAN_2007, amendmentDay)).fairValue();
    BigDecimal after = TrancheMeasurement.of(alone(repricing.applyTo(JAN_2007), amendmentDay)).fairValue();
    assertTrue(after.compareTo(before) > 0, "a lower exercise price is worth more");
    assertEquals(after.subtract(before), result.periods().get(2).total().modifications());
    assertEquals(1.00, result.measurements().get(3).tranches().get(0).valuation().warrant().warrant().exercisePrice());
  }

  @Test
  void anIssuanceEntersAtItsFairValueOnTheIssueDateAndIsAbsentBefore() {
    MeasurementInputs issueDay = inputs(MAY_2009.issueDate(), 0.78);
    LiabilityRollForward result = run(List.of(JAN_2007, MAY_2009),
        period(QUARTER_ENDS.get(0), 1.14, 180_000_000, new Issuance("2009-05", issueDay)));

    assertEquals(1, result.measurements().get(0).tranches().size(), "only the 2007 tranche at the opening");
    TrancheLine may = result.periods().get(0).tranches().get(1);
    assertEquals("2009-05", may.trancheId());
    assertEquals(Money.zero(), may.line().opening());
    assertEquals(TrancheMeasurement.of(inBook(List.of(JAN_2007, MAY_2009), 1, issueDay)).fairValue(),
        may.line().issuances(), "measured in the book it joins");
  }

  /**
   * A broad-based weighted average counts the other tranches in its base, so a tranche's value depends on
   * the book: an amendment is measured, before and after, in the book outstanding that day, as the closing
   * balance measures it, and the line still foots to the cent.
   */
  @Test
  void anAmendmentIsMeasuredInTheBookOutstandingThatDay() {
    Warrant broad = new Warrant("broad", 20_000_000, 1.0, 1.30, LocalDate.of(2007, 1, 23), LocalDate.of(2012, 1, 23),
        ExerciseStyle.EUROPEAN, Dilution.NONE, new WeightedAverage(WeightedAverage.Basis.BROAD, ResetLimits.NONE),
        List.of());
    Warrant large = plain("large", 60_000_000, 1.50, LocalDate.of(2008, 1, 1), LocalDate.of(2014, 1, 1));
    MeasurementInputs amendmentDay = withDownRound(LocalDate.of(2009, 11, 16), 1.30);
    TermsChange repricing = TermsChange.repricing(1.10);
    LiabilityRollForward result = run(List.of(broad, large),
        period(QUARTER_ENDS.get(0), 1.14, 180_000_000),
        period(QUARTER_ENDS.get(1), 1.32, 191_170_000),
        period(QUARTER_ENDS.get(2), 1.29, 200_000_000, new Amendment("broad", repricing, amendmentDay)));

    TrancheValuation before = inBook(List.of(broad, large), 0, amendmentDay);
    TrancheValuation after = inBook(List.of(repricing.applyTo(broad), large), 0, amendmentDay);
    RecordedEvent amendment = result.events().get(0);
    assertEquals(before.perWarrant(), amendment.perWarrantBefore().orElseThrow());
    assertEquals(after.perWarrant(), amendment.perWarrantAfter().orElseThrow());
    BigDecimal increment = TrancheMeasurement.of(after).fairValue().subtract(TrancheMeasurement.of(before).fairValue());
    assertEquals(increment, amendment.amount());
    RollForwardLine line = result.periods().get(2).tranches().get(0).line();
    assertEquals(increment, line.modifications());
    assertEquals(line.closing(), line.opening().add(line.issuances()).add(line.exercises()).add(line.expirations())
        .add(line.modifications()).add(line.changeInFairValue()));
    assertNotEquals(alone(broad, amendmentDay).perWarrant(), before.perWarrant(), "the book moves the figure");
  }

  @Test
  void aTrancheWhoseExpiryIsNotYetRecordedIsLeftOutOfALaterEventsBookAndRefusedAtTheReportingDate() {
    Warrant lapsing = plain("lapsing", 10, 1.0, LocalDate.of(2008, 1, 1), LocalDate.of(2009, 5, 15));
    MeasurementInputs day = inputs(LocalDate.of(2009, 5, 20), 1.0);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> run(List.of(JAN_2007, lapsing),
        period(QUARTER_ENDS.get(0), 1.14, 1, new Exercise("2007-01", 1_000, day))));
    assertEquals(Location.period(0).field("end"), e.location());
    assertTrue(e.problem().contains("tranche \"lapsing\" expires on 2009-05-15"), e.problem());
  }

  @Test
  void theClosingBalanceIsTheBookValuedOnTheReportingDate() {
    LiabilityRollForward result = run(List.of(JAN_2007), period(QUARTER_ENDS.get(0), 1.14, 180_000_000));
    MeasurementInputs closing = inputs(QUARTER_ENDS.get(0), 1.14);
    assertEquals(TrancheMeasurement.of(alone(JAN_2007, closing)).fairValue(), result.periods().get(0).total().closing());
  }

  @Test
  void anExpirationRemovesTheIntrinsicValueAndAnAdjustmentBooksNothing() {
    Warrant shortLived = plain("short", 1_000, 1.00, LocalDate.of(2008, 1, 1), LocalDate.of(2009, 5, 15));
    Warrant adjusted = plain("adjusted", 2_000, 1.30, LocalDate.of(2008, 1, 1), LocalDate.of(2012, 1, 23));
    LiabilityRollForward result = run(List.of(shortLived, adjusted),
        period(QUARTER_ENDS.get(0), 1.14, 180_000_000,
            new Expiration("short", LocalDate.of(2009, 5, 15), 1.2345),
            new AntiDilutionAdjustment("adjusted", LocalDate.of(2009, 6, 1), TermsChange.repricing(1.17))));

    assertEquals(new BigDecimal("-234.50"), result.periods().get(0).tranches().get(0).line().expirations());
    assertEquals(Money.zero(), result.periods().get(0).tranches().get(0).line().closing());
    assertEquals(Money.zero(), result.events().get(1).amount());
    assertEquals(1.17, result.measurements().get(1).tranches().get(0).valuation().warrant().warrant().exercisePrice());
  }

  @Test
  void theEarningsEffectPerShareIsTheChangeOverWeightedAverageShares() {
    EarningsEffect seed = new EarningsEffect(new BigDecimal("19558000.00"), 191_170_000, false);
    assertEquals(new BigDecimal("0.10"), seed.perShare());
  }

  @Test
  void yearToDateSharesAreDayWeightedUnlessStated() {
    LiabilityRollForward result = run(List.of(JAN_2007),
        period(QUARTER_ENDS.get(0), 1.14, 183_749_000),
        period(QUARTER_ENDS.get(1), 1.32, 191_170_000));
    // 91 days at 183,749,000 and 92 at 191,170,000: 187,479,775.96 (Capstone reported 187,480 thousand)
    assertEquals(187_479_776, result.yearToDate().get(1).earnings().weightedAverageShares());
    assertTrue(result.yearToDate().get(1).earnings().sharesDayWeighted());

    LiabilityRollForward stated = RollForwardCalculator.DEFAULT.run(new RollForwardPlan(List.of(JAN_2007),
        inputs(OPENING, 0.70), List.of(period(QUARTER_ENDS.get(0), 1.14, 183_749_000),
            new ReportingPeriod(inputs(QUARTER_ENDS.get(1), 1.32), 191_170_000, OptionalLong.of(187_480_000),
                List.of())), APRIL, SETTINGS));
    assertEquals(187_480_000, stated.yearToDate().get(1).earnings().weightedAverageShares());
  }

  @Test
  void aNewFiscalYearStartsTheYearToDateAfresh() {
    LiabilityRollForward result = run(List.of(JAN_2007),
        period(QUARTER_ENDS.get(0), 1.14, 1), period(QUARTER_ENDS.get(1), 1.32, 1),
        period(QUARTER_ENDS.get(2), 1.29, 1), period(QUARTER_ENDS.get(3), 1.27, 1),
        period(QUARTER_ENDS.get(4), 1.10, 1));
    assertEquals(OPENING, result.yearToDate().get(3).start());
    assertEquals(QUARTER_ENDS.get(3), result.yearToDate().get(4).start());
    assertEquals(result.periods().get(4), result.yearToDate().get(4));
  }

  @Test
  void eventsThatCannotHappenAreRefusedWithTheirPlace() {
    MeasurementInputs day = inputs(LocalDate.of(2009, 5, 20), 1.0);
    InvalidValueException tooMany = assertThrows(InvalidValueException.class, () -> run(List.of(JAN_2007),
        period(QUARTER_ENDS.get(0), 1.14, 1, new Exercise("2007-01", 20_000_001, day))));
    assertEquals(Location.period(0).event(0).field("count"), tooMany.location());

    InvalidValueException notIssued = assertThrows(InvalidValueException.class, () -> run(List.of(JAN_2007, MAY_2009),
        period(QUARTER_ENDS.get(0), 1.14, 1)));
    assertEquals(Location.tranche(1).field("issueDate"), notIssued.location());

    InvalidValueException wrongDay = assertThrows(InvalidValueException.class, () -> run(List.of(MAY_2009),
        period(QUARTER_ENDS.get(0), 1.14, 1, new Issuance("2009-05", day))));
    assertEquals(Location.period(0).event(0).field("date"), wrongDay.location());

    Warrant lapsing = plain("lapsing", 10, 1.0, LocalDate.of(2008, 1, 1), LocalDate.of(2009, 5, 15));
    InvalidValueException unrecorded = assertThrows(InvalidValueException.class, () -> run(List.of(lapsing),
        period(QUARTER_ENDS.get(0), 1.14, 1)));
    assertEquals(Location.period(0).field("end"), unrecorded.location());
    assertTrue(unrecorded.problem().contains("EXPIRATION"), unrecorded.problem());
  }

  @Test
  void periodsMustNotStraddleTheFiscalYearStartAndEventsMustLieInTheirPeriod() {
    InvalidValueException straddle = assertThrows(InvalidValueException.class, () -> new RollForwardPlan(
        List.of(JAN_2007), inputs(LocalDate.of(2009, 2, 27), 1.0), List.of(period(QUARTER_ENDS.get(0), 1.0, 1)),
        APRIL, SETTINGS));
    assertEquals(Location.period(0).field("end"), straddle.location());

    InvalidValueException outside = assertThrows(InvalidValueException.class, () -> run(List.of(JAN_2007),
        period(QUARTER_ENDS.get(0), 1.14, 1, new Exercise("2007-01", 1, inputs(LocalDate.of(2009, 7, 1), 1.0)))));
    assertEquals(Location.period(0).event(0).field("date"), outside.location());
  }
}
