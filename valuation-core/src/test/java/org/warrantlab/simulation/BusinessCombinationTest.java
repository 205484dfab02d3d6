package org.warrantlab.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warrantlab.event.BusinessCombination;
import org.warrantlab.event.CorporateEvents;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.NoAntiDilution;
import org.warrantlab.instrument.Redemption;
import org.warrantlab.instrument.RedemptionSettlement;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.Books;
import org.warrantlab.pricer.MonteCarloWarrantPricer;

/** A SPAC's warrants contingent on its business combination. */
class BusinessCombinationTest {

  private static final LocalDate VALUATION = Books.VALUATION;
  private static final LocalDate COMBINATION = LocalDate.of(2010, 1, 15);

  private static Warrant publicWarrant(LocalDate from) {
    Redemption redemption = new Redemption(18.0, 20, 30, 3, 30, 0.01, from, RedemptionSettlement.CASH);
    return new Warrant("public", 1_000_000, 1.0, 11.5, VALUATION.minusMonths(6), COMBINATION.plusYears(5),
        ExerciseStyle.EUROPEAN, Dilution.NONE, NoAntiDilution.INSTANCE, List.of(), List.of(), List.of(redemption));
  }

  private static CorporateEvents combination(double probability) {
    return new CorporateEvents(Optional.of(new BusinessCombination(probability, COMBINATION)), Optional.empty());
  }

  @Test
  void theValueIsTheCombinationsProbabilityTimesTheValueGivenTheCombinationExactly() {
    MarketData market = new MarketData(VALUATION, 10.0, 0.35, RiskFreeRate.continuous(0.03), 0, 25_000_000);
    List<ResolvedWarrant> book = Books.resolve(market, publicWarrant(VALUATION.plusDays(1)));
    SimulationSettings settings = Books.settings(2_000, 77);
    BookValuation certain = MonteCarloWarrantPricer.DEFAULT.value(book, List.of(), combination(1.0), market, settings);
    BookValuation likely = MonteCarloWarrantPricer.DEFAULT.value(book, List.of(), combination(0.85), market, settings);
    assertEquals(certain.tranches().get(0).perWarrant().times(0.85), likely.tranches().get(0).perWarrant());
    assertEquals(certain.total().times(0.85), likely.total());
  }

  @Test
  void noNoticeIsGivenBeforeTheWarrantsAreExercisableThirtyDaysAfterTheCombination() {
    // The price stays at $20, above the $18 trigger on every day, so notice is given on the first trading
    // day a notice may be: 2010-02-15, a Monday, 31 days after the combination (2010-02-14 is a Sunday).
    MarketData flat = new MarketData(VALUATION, 20.0, 0.0, RiskFreeRate.continuous(0), 0, 25_000_000);
    PathExplanationProbe probe = new PathExplanationProbe();
    ResetWarrantPayoff payoff = new ResetWarrantPayoff(ResolvedBook.of(
        Books.resolve(flat, publicWarrant(VALUATION.plusDays(1))), List.of(), combination(0.9), flat, 12));
    double[] payoffs = payoff.explain(new double[payoff.dimension()], (o, d, v, h) -> false, probe::add);
    assertEquals(LocalDate.of(2010, 2, 15), probe.first(PathEvent.NoticeEvent.class).date());
    PathEvent.RedemptionEvent redemption = probe.first(PathEvent.RedemptionEvent.class);
    assertEquals(LocalDate.of(2010, 3, 17), redemption.date());
    assertEquals(HolderChoice.EXERCISE, redemption.choice());
    assertEquals(20.0 - 11.5, payoffs[0], 1e-12);
  }

  /** Collects a replayed path's events. */
  static final class PathExplanationProbe {
    private final java.util.List<PathEvent> events = new java.util.ArrayList<>();

    void add(PathEvent event) {
      events.add(event);
    }

    <T extends PathEvent> T first(Class<T> type) {
      return events.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }
  }
}
