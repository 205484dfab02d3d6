package org.warrantlab.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.warrantlab.event.CorporateEvents;
import org.warrantlab.event.FundamentalTransaction;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.Books;
import org.warrantlab.pricer.MonteCarloWarrantPricer;
import org.warrantlab.result.Estimate;

/**
 * The holders' Black–Scholes put on a fundamental transaction. The tolerance is 4 standard errors (a false
 * failure about once in 16,000 runs); the seed is fixed.
 */
class FundamentalTransactionTest {

  private static final LocalDate VALUATION = Books.VALUATION;
  private static final MarketData MARKET = new MarketData(VALUATION, 10.0, 0.30, RiskFreeRate.continuous(0.03), 0,
      100_000_000);
  private static final List<ResolvedWarrant> BOOK = Books.resolve(MARKET,
      Books.european("registered-direct", 10.0, VALUATION.plusYears(3)));

  private static CorporateEvents transaction(double probability) {
    return new CorporateEvents(Optional.empty(), Optional.of(new FundamentalTransaction(OptionalDouble.of(probability),
        OptionalDouble.empty(), VALUATION.plusMonths(1), VALUATION.plusYears(2),
        new FundamentalTransaction.BlackScholesValue(1.0, 100, OptionalDouble.empty()))));
  }

  private static Estimate value(CorporateEvents events) {
    BookValuation valuation = MonteCarloWarrantPricer.DEFAULT.value(BOOK, List.of(), events, MARKET,
        Books.settings(8_000, 4242));
    return valuation.tranches().get(0).perWarrant();
  }

  @Test
  void aLikelyTransactionWithAFullVolatilityFloorRaisesTheValueByMoreThanFourStandardErrors() {
    Estimate without = value(CorporateEvents.NONE);
    Estimate likely = value(transaction(0.9));
    double error = Math.hypot(without.standardError(), likely.standardError());
    assertTrue(likely.value() - without.value() > 4 * error, likely + " against " + without);
  }

  @Test
  void aTransactionThatCannotHappenChangesNothing() {
    assertEquals(value(CorporateEvents.NONE), value(transaction(0.0)));
  }
}
