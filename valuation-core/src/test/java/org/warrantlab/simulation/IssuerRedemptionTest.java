package org.warrantlab.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warrantlab.instrument.Dilution;
import org.warrantlab.instrument.ExerciseStyle;
import org.warrantlab.instrument.MakeWholeTable;
import org.warrantlab.instrument.NoAntiDilution;
import org.warrantlab.instrument.Redemption;
import org.warrantlab.instrument.RedemptionSettlement;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.market.TradingCalendar;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.Books;
import org.warrantlab.pricer.MonteCarloWarrantPricer;
import org.warrantlab.result.Estimate;

/**
 * Issuer redemption on the simulated daily closes. Tolerances are 4 standard errors (a false failure
 * about once in 16,000 runs for a fair estimate); the seeds are fixed, so the tests do not flake.
 */
class IssuerRedemptionTest {

  private static final LocalDate VALUATION = Books.VALUATION;
  private static final MarketData MARKET = new MarketData(VALUATION, 10.0, 0.30, RiskFreeRate.continuous(0.03), 0,
      100_000_000);

  private static Warrant warrant(String id, double strike, LocalDate expiry, Redemption... redemptions) {
    return new Warrant(id, 1_000_000, 1.0, strike, VALUATION.minusYears(1), expiry, ExerciseStyle.EUROPEAN,
        Dilution.NONE, NoAntiDilution.INSTANCE, List.of(), List.of(), List.of(redemptions));
  }

  private static Redemption cashAtTheClose(double trigger) {
    return new Redemption(trigger, 1, 1, 0, 0, 0.0, VALUATION.plusDays(1), RedemptionSettlement.CASH);
  }

  private static Redemption standard(double trigger) {
    return new Redemption(trigger, 20, 30, 3, 30, 0.01, VALUATION.plusDays(1), RedemptionSettlement.CASH);
  }

  private static BookValuation value(long paths, Warrant... book) {
    return MonteCarloWarrantPricer.DEFAULT.value(Books.resolve(MARKET, book), MARKET, Books.settings(paths, 2109));
  }

  @Test
  void redemptionAtTheTriggerCloseIsADiscretelyMonitoredUpAndOutCallPayingTheIntrinsicValueAtTheHit() {
    LocalDate expiry = LocalDate.of(2010, 3, 31);
    Estimate simulated = value(20_000, warrant("redeemable", 10.0, expiry, cashAtTheClose(12.0)))
        .tranches().get(0).perWarrant();
    double reference = DiscreteUpAndOutQuadrature.value(MARKET, 10.0, 12.0, expiry);
    assertTrue(Math.abs(simulated.value() - reference) < 4 * simulated.standardError(),
        simulated + " against the quadrature's " + reference);
  }

  @Test
  void aTriggerAboveAnyPathGivesThePlainValueExactly() {
    LocalDate expiry = LocalDate.of(2011, 9, 30);
    BookValuation book = value(4_000, warrant("far", 11.5, expiry, standard(1e6)), warrant("plain", 11.5, expiry));
    assertEquals(book.tranches().get(1).perWarrant(), book.tranches().get(0).perWarrant());
  }

  @Test
  void aNearTriggerLowersTheValueByMoreThanFourStandardErrors() {
    LocalDate expiry = LocalDate.of(2011, 9, 30);
    BookValuation book = value(8_000, warrant("near", 11.5, expiry, standard(13.0)), warrant("plain", 11.5, expiry));
    Estimate redeemable = book.tranches().get(0).perWarrant();
    Estimate plain = book.tranches().get(1).perWarrant();
    double error = Math.hypot(redeemable.standardError(), plain.standardError());
    assertTrue(plain.value() - redeemable.value() > 4 * error, redeemable + " against " + plain);
  }

  @Test
  void aMakeWholeRedemptionPaysTheTablesSharesAtTheFairMarketValue() {
    // No volatility and no rate: the price stays at $10.50, at or above the $10 trigger on every day of the
    // window (those before the valuation date read the spot), so notice is given on the first trading day
    // after the valuation date, 2009-10-01, and the warrants are redeemed 30 days later, 2009-10-31, 12
    // months before expiry. The fair market value is $10.50: 0.05 shares at $10 and 0.10 at $11 in the
    // 12-month column give 0.075 shares, worth 0.075 × 10.50 = 0.7875, more than the $0.10 redemption
    // price or exercising at $11.50.
    MarketData flat = new MarketData(VALUATION, 10.5, 0.0, RiskFreeRate.continuous(0), 0, 100_000_000);
    MakeWholeTable table = new MakeWholeTable(new double[] {10, 11, 12}, new double[] {0, 12},
        new double[][] {{0.000, 0.050}, {0.042, 0.100}, {0.115, 0.200}}, 0.361);
    Redemption makeWhole = new Redemption(10.0, 20, 30, 3, 30, 0.10, VALUATION.plusDays(1),
        new RedemptionSettlement.MakeWhole(table, 10));
    Warrant warrant = warrant("public", 11.5, LocalDate.of(2010, 10, 31), makeWhole);
    BookValuation valuation = MonteCarloWarrantPricer.DEFAULT.value(Books.resolve(flat, warrant), flat,
        Books.settings(64, 3));
    assertEquals(0.7875, valuation.tranches().get(0).perWarrant().value(), 1e-12);
  }

  /**
   * The independent value: backward induction on a fine log-price grid over the same trading days, each
   * step's Gaussian transition integrated by the trapezoid rule; on a trading day at or above the barrier
   * the holder receives S − X, at expiry max(S − X, 0).
   */
  static final class DiscreteUpAndOutQuadrature {

    static double value(MarketData market, double strike, double barrier, LocalDate expiry) {
      double sigma = market.volatility().scalar().orElseThrow().volatility();
      double rate = market.riskFreeRate().zeroRate(1);
      double h = 0.001;
      double x0 = Math.log(market.spot());
      double years = market.yearFractionTo(expiry);
      int below = (int) Math.ceil(8 * sigma * Math.sqrt(years) / h);
      int above = (int) Math.ceil((Math.log(barrier) - x0 + 12 * sigma * Math.sqrt(4 / 365.0)) / h);
      int n = below + above + 1;
      double[] value = new double[n];
      for (int a = 0; a < n; a++) {
        value[a] = Math.max(Math.exp(x0 + (a - below) * h) - strike, 0);
      }
      List<LocalDate> days = TradingCalendar.tradingDays(VALUATION.plusDays(1), expiry);
      for (int k = days.size() - 1; k >= 0; k--) {
        LocalDate previous = k == 0 ? VALUATION : days.get(k - 1);
        double dt = (days.get(k).toEpochDay() - previous.toEpochDay()) / 365.0;
        value = expectation(value, h, (rate - 0.5 * sigma * sigma) * dt, sigma * Math.sqrt(dt), Math.exp(-rate * dt));
        if (k > 0) {
          for (int a = 0; a < n; a++) {
            double price = Math.exp(x0 + (a - below) * h);
            if (price >= barrier) {
              value[a] = price - strike;
            }
          }
        }
      }
      return value[below];
    }

    /** The discounted expectation one step on of {@code next}, with the log price moving by N(mean, deviation²). */
    private static double[] expectation(double[] next, double h, double mean, double deviation, double discount) {
      int reach = (int) Math.ceil(9 * deviation / h);
      double[] weights = new double[2 * reach + 1];
      double sum = 0;
      for (int i = -reach; i <= reach; i++) {
        double z = (i * h - mean) / deviation;
        weights[i + reach] = Math.exp(-0.5 * z * z);
        sum += weights[i + reach];
      }
      double[] now = new double[next.length];
      for (int a = 0; a < next.length; a++) {
        double total = 0;
        for (int i = -reach; i <= reach; i++) {
          int b = Math.min(Math.max(a + i, 0), next.length - 1);
          total += weights[i + reach] * next[b];
        }
        now[a] = discount * total / sum;
      }
      return now;
    }
  }
}
