package org.warrantlab.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warrantlab.accounting.AntiDilutionAdjustment;
import org.warrantlab.accounting.Amendment;
import org.warrantlab.accounting.Exercise;
import org.warrantlab.accounting.FiscalCalendar;
import org.warrantlab.accounting.Issuance;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.accounting.MeasurementInputs;
import org.warrantlab.accounting.Money;
import org.warrantlab.accounting.ReportingPeriod;
import org.warrantlab.accounting.RollForwardCalculator;
import org.warrantlab.accounting.RollForwardPlan;
import org.warrantlab.accounting.TermsChange;
import org.warrantlab.accounting.TrancheLine;
import org.warrantlab.event.Financing;
import org.warrantlab.event.FinancingSize;
import org.warrantlab.event.FinancingTerms;
import org.warrantlab.event.FinancingWindow;
import org.warrantlab.event.PriceRule;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.FullRatchet;
import org.warrantlab.instrument.ResetLimits;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.montecarlo.SimulationSettings;

/** Attribution of a roll-forward's periods: exact sums, single-factor periods, orders and Shapley values. */
class AttributorTest {

  static final SimulationSettings SETTINGS = new SimulationSettings(8_000, 2009, true, true, 2);
  static final LocalDate OPENING = LocalDate.of(2009, 3, 31);
  static final LocalDate JUNE = LocalDate.of(2009, 6, 30);
  static final LocalDate SEPTEMBER = LocalDate.of(2009, 9, 30);
  static final LocalDate DECEMBER = LocalDate.of(2009, 12, 31);
  static final Warrant JAN_2007 = new Warrant("2007-01", 20_000_000, 1.0, 1.30, LocalDate.of(2007, 1, 23),
      LocalDate.of(2012, 1, 23), ExerciseStyle.EUROPEAN, Dilution.NONE,
      new FullRatchet(new ResetLimits(0.5, true, Integer.MAX_VALUE, null, null)), List.of());
  static final Warrant MAY_2009 = plain("2009-05", 10_838_151, 0.95, LocalDate.of(2009, 5, 7));

  static Warrant plain(String id, long count, double exercisePrice, LocalDate issued) {
    return new Warrant(id, count, 1.0, exercisePrice, issued, LocalDate.of(2016, 5, 7), ExerciseStyle.EUROPEAN,
        Dilution.NONE);
  }

  static MarketData market(LocalDate date, double spot, double volatility, double rate) {
    return new MarketData(date, spot, volatility, RiskFreeRate.continuous(rate), 0.0, 190_000_000);
  }

  static MeasurementInputs withDownRound(MarketData market) {
    LocalDate date = market.valuationDate();
    Financing round = new FinancingWindow(date.plusMonths(4), date.plusMonths(5), 0.5,
        new FinancingTerms(FinancingSize.ofAmount(25_000_000), PriceRule.close(), 0.06, false));
    return new MeasurementInputs(market, List.of(round));
  }

  static ReportingPeriod period(MeasurementInputs closing, long shares, org.warrantlab.accounting.BookEvent... events) {
    return new ReportingPeriod(closing, shares, OptionalLong.empty(), List.of(events));
  }

  static LiabilityRollForward busyYear() {
    MeasurementInputs issueDay = withDownRound(market(MAY_2009.issueDate(), 0.86, 0.85, 0.021));
    MeasurementInputs exerciseDay = withDownRound(market(LocalDate.of(2009, 8, 14), 1.10, 0.80, 0.023));
    MeasurementInputs amendmentDay = withDownRound(market(LocalDate.of(2009, 11, 16), 1.30, 0.80, 0.022));
    TermsChange ratchet = new TermsChange(OptionalDouble.of(1.18), OptionalDouble.of(1.1), Optional.empty(),
        Optional.empty());
    return RollForwardCalculator.DEFAULT.run(new RollForwardPlan(List.of(JAN_2007, MAY_2009),
        withDownRound(market(OPENING, 0.72, 0.85, 0.0167)),
        List.of(period(withDownRound(market(JUNE, 0.83, 0.85, 0.025)), 183_749_000,
                new Issuance("2009-05", issueDay)),
            period(withDownRound(market(SEPTEMBER, 1.32, 0.80, 0.023)), 191_170_000,
                new Exercise("2009-05", 4_000_000, exerciseDay)),
            period(withDownRound(market(DECEMBER, 1.29, 0.78, 0.027)), 205_000_000,
                new Amendment("2007-01", TermsChange.repricing(1.10), amendmentDay),
                new AntiDilutionAdjustment("2007-01", LocalDate.of(2009, 12, 1), ratchet))),
        new FiscalCalendar(MonthDay.of(4, 1)), SETTINGS));
  }

  @Test
  void everyPeriodsStepsSumToItsChangeInFairValueToTheCentInEitherSplit() {
    LiabilityRollForward result = busyYear();
    for (AttributionOrder order : List.of(AttributionOrder.DEFAULT, new AttributionOrder.Shapley())) {
      RollForwardAttribution attribution = RollForwardAttribution.of(result, order);
      for (int p = 0; p < result.periods().size(); p++) {
        assertSums(result.periods().get(p).tranches(), attribution.periods().get(p));
        assertSums(result.yearToDate().get(p).tranches(), attribution.yearToDate().get(p));
        assertEquals(result.periods().get(p).total().changeInFairValue(), attribution.periods().get(p).total().change());
      }
      Attribution third = attribution.periods().get(2);
      assertTrue(third.total().step(Factor.TERMS).amount().signum() != 0, "the ratchet moves the value");
      assertTrue(third.total().step(Factor.EVENTS).standardError() > 0);
    }
  }

  @Test
  void shapleyAndSequentialSplitTheSameChangeAndDifferOnlyInHowTheyShareIt() {
    LiabilityRollForward result = busyYear();
    Attribution sequential = RollForwardAttribution.of(result, AttributionOrder.DEFAULT).periods().get(1);
    Attribution shapley = RollForwardAttribution.of(result, new AttributionOrder.Shapley()).periods().get(1);
    Attribution priceFirst = RollForwardAttribution.of(result,
        AttributionOrder.startingWith(List.of(Factor.SHARE_PRICE))).periods().get(1);
    assertEquals(sequential.total().change(), shapley.total().change());
    assertEquals(sequential.total().change(), priceFirst.total().change());
    assertEquals(sequential.total().step(Factor.EVENTS), shapley.total().step(Factor.EVENTS));
    assertTrue(sequential.total().step(Factor.SHARE_PRICE).amount()
        .compareTo(priceFirst.total().step(Factor.SHARE_PRICE).amount()) != 0, "the order matters");
    assertEquals(Factor.SHARE_PRICE, priceFirst.order().factors().get(0));
  }

  @Test
  void aPeriodInWhichOnlyTimePassesIsAllTime() {
    MarketData opening = market(OPENING, 0.72, 0.85, 0.0167);
    LiabilityRollForward result = RollForwardCalculator.DEFAULT.run(new RollForwardPlan(List.of(JAN_2007),
        new MeasurementInputs(opening, List.of()),
        List.of(period(new MeasurementInputs(opening.withValuationDate(JUNE), List.of()), 183_749_000)),
        new FiscalCalendar(MonthDay.of(4, 1)), SETTINGS));
    TrancheLine line = result.periods().get(0).tranches().get(0);
    Attribution attribution = RollForwardAttribution.of(result, AttributionOrder.DEFAULT).periods().get(0);
    for (Step step : attribution.total().steps()) {
      if (step.factor() != Factor.TIME) {
        assertEquals(Money.zero(), step.amount(), step.factor() + " did not move");
      }
    }
    assertEquals(line.line().changeInFairValue(), attribution.total().step(Factor.TIME).amount());
    assertTrue(attribution.total().step(Factor.TIME).distinguishable());
  }

  static BigDecimal sum(List<Step> steps) {
    return steps.stream().map(Step::amount).reduce(Money.zero(), BigDecimal::add);
  }

  private static void assertSums(List<TrancheLine> lines, Attribution attribution) {
    assertEquals(lines.size(), attribution.tranches().size());
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(lines.get(i).trancheId(), attribution.tranches().get(i).trancheId());
      assertEquals(lines.get(i).line().changeInFairValue(), attribution.tranches().get(i).change(),
          lines.get(i).trancheId());
    }
  }
}
