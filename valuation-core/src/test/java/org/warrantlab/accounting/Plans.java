package org.warrantlab.accounting;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.OptionalLong;
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

/** Small books and plans for the roll-forward tests, on a fiscal year starting April 1 like Capstone's. */
final class Plans {

  static final FiscalCalendar APRIL = new FiscalCalendar(MonthDay.of(4, 1));
  static final SimulationSettings SETTINGS = new SimulationSettings(8_000, 2009, true, true, 2);
  static final LocalDate OPENING = LocalDate.of(2009, 3, 31);
  static final List<LocalDate> QUARTER_ENDS = List.of(LocalDate.of(2009, 6, 30), LocalDate.of(2009, 9, 30),
      LocalDate.of(2009, 12, 31), LocalDate.of(2010, 3, 31), LocalDate.of(2010, 6, 30));

  private Plans() {
  }

  static MarketData market(LocalDate date, double spot) {
    return new MarketData(date, spot, 0.8, RiskFreeRate.continuous(0.024), 0.0, 190_000_000);
  }

  static MeasurementInputs inputs(LocalDate date, double spot) {
    return new MeasurementInputs(market(date, spot), List.of());
  }

  /** Inputs with one possible down round in the month after {@code date}. */
  static MeasurementInputs withDownRound(LocalDate date, double spot) {
    Financing round = new FinancingWindow(date.plusDays(1), date.plusMonths(1), 0.5,
        new FinancingTerms(FinancingSize.ofAmount(25_000_000), PriceRule.close(), 0.06, false));
    return new MeasurementInputs(market(date, spot), List.of(round));
  }

  static Warrant plain(String id, long count, double exercisePrice, LocalDate issued, LocalDate expiry) {
    return new Warrant(id, count, 1.0, exercisePrice, issued, expiry, ExerciseStyle.EUROPEAN, Dilution.NONE);
  }

  static Warrant ratchet(String id, long count, double exercisePrice, LocalDate issued, LocalDate expiry) {
    return new Warrant(id, count, 1.0, exercisePrice, issued, expiry, ExerciseStyle.EUROPEAN, Dilution.NONE,
        new FullRatchet(new ResetLimits(0.5, true, Integer.MAX_VALUE, null, null)), List.of());
  }

  static ReportingPeriod period(LocalDate end, double spot, long shares, BookEvent... events) {
    return new ReportingPeriod(inputs(end, spot), shares, OptionalLong.empty(), List.of(events));
  }
}
