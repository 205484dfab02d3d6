package org.warrantlab.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warrantlab.accounting.Money;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.greeks.BookGreeks;
import org.warrantlab.greeks.GreeksPricer;
import org.warrantlab.market.MarketData;
import org.warrantlab.result.Estimate;
import org.warrantlab.scenario.MarketField;
import org.warrantlab.scenario.NumericInput;
import org.warrantlab.scenario.Perturbation;
import org.warrantlab.scenario.ValuationInputs;

/** Comparing two valuations of one book: zero for the same inputs, one line for one changed input. */
class ComparisonTest {

  private static final ValuationInputs BOOK = new ValuationInputs(
      AttributorTest.market(LocalDate.of(2009, 6, 30), 0.83, 0.85, 0.025),
      List.of(AttributorTest.JAN_2007, AttributorTest.plain("2009-05", 10_838_151, 0.95, LocalDate.of(2009, 5, 7))),
      List.of(), AttributorTest.SETTINGS);

  @Test
  void theSameInputsDifferByNothing() {
    Comparison comparison = Comparison.of(BOOK, BOOK, AttributionOrder.DEFAULT);
    assertTrue(comparison.identical());
    assertEquals(Money.zero(), comparison.attribution().total().change());
    comparison.attribution().total().steps().forEach(step -> assertEquals(Money.zero(), step.amount()));
  }

  @Test
  void aChangeOfTheSharePriceAloneIsAllSharePrice() {
    ValuationInputs higher = BOOK.apply(Perturbation.set(NumericInput.market(MarketField.SPOT), 0.95));
    Comparison comparison = Comparison.of(BOOK, higher, AttributionOrder.DEFAULT);
    for (TrancheAttribution tranche : comparison.attribution().tranches()) {
      assertEquals(comparison.differences().get(tranche.trancheId()), tranche.step(Factor.SHARE_PRICE).amount());
      assertEquals(tranche.change(), tranche.step(Factor.SHARE_PRICE).amount());
    }
    assertTrue(comparison.attribution().total().step(Factor.SHARE_PRICE).distinguishable());
  }

  @Test
  void aChangeOfVolatilityAloneIsAllVolatilityInEitherSplit() {
    ValuationInputs calmer = BOOK.apply(Perturbation.set(NumericInput.market(MarketField.VOLATILITY), 0.7));
    for (AttributionOrder order : List.of(AttributionOrder.DEFAULT, new AttributionOrder.Shapley())) {
      TrancheAttribution total = Comparison.of(BOOK, calmer, order).attribution().total();
      assertEquals(total.change(), total.step(Factor.VOLATILITY).amount());
      assertTrue(total.step(Factor.VOLATILITY).amount().signum() < 0);
    }
  }

  /**
   * A 1% rise of the share price against delta × the rise: they agree within 4 standard errors of the step
   * and of delta × the rise, plus the second-order term ½ |gamma| dS² and 4 of its standard errors (a false
   * failure about once in 16,000 runs, fixed seed).
   */
  @Test
  void aSmallShareMoveAgreesWithDeltaTimesTheMove() {
    ValuationInputs plainBook = BOOK.withWarrant(0, AttributorTest.plain("2007-01", 20_000_000, 1.30,
        LocalDate.of(2007, 1, 23)));
    double move = 0.01 * plainBook.market().spot();
    ValuationInputs moved = plainBook.apply(Perturbation.shift(NumericInput.market(MarketField.SPOT), move));
    Step step = Comparison.of(plainBook, moved, AttributionOrder.DEFAULT).attribution().total()
        .step(Factor.SHARE_PRICE);
    MarketData market = plainBook.market();
    BookGreeks greeks = GreeksPricer.DEFAULT.greeks(plainBook.book(), List.of(), market, plainBook.settings());
    Estimate delta = greeks.total().delta();
    Estimate gamma = greeks.total().gamma();
    double firstOrder = delta.value() * move;
    double secondOrder = 0.5 * (Math.abs(gamma.value()) + 4 * gamma.standardError()) * move * move;
    double tolerance = 4 * Math.hypot(step.standardError(), delta.standardError() * move) + secondOrder;
    assertEquals(Math.signum(firstOrder), step.amount().signum());
    assertEquals(firstOrder, step.amount().doubleValue(), tolerance);
    assertTrue(tolerance < 0.2 * Math.abs(firstOrder), "a test that could fail: tolerance " + tolerance);
  }

  @Test
  void booksOfDifferentTranchesCannotBeCompared() {
    ValuationInputs other = new ValuationInputs(BOOK.market(), List.of(AttributorTest.JAN_2007), List.of(),
        BOOK.settings());
    assertThrows(InvalidValueException.class, () -> Comparison.of(BOOK, other, AttributionOrder.DEFAULT));
  }
}
