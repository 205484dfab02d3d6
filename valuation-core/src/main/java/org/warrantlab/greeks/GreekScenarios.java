package org.warrantlab.greeks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.event.Financing;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;

/**
 * The scenarios of bump-and-revalue Greeks (the base market, the share price up and down, the
 * volatility up and down, the rate up and down, the valuation date a day later) and the finite
 * differences that turn their values into the value and each Greek.
 */
public final class GreekScenarios {

  /** What each combination measures, in output order; {@link #THETA} only where time can pass. */
  public enum Measure { VALUE, DELTA, GAMMA, VEGA, RHO, THETA }

  /** One revaluation: a market and the book resolved against it. */
  record Scenario(MarketData market, List<ResolvedWarrant> book) {
  }

  /** A finite difference: the weight of each scenario it reads. */
  private record Difference(Measure measure, int[] scenarios, double[] weights) {
  }

  private final List<Scenario> scenarios = new ArrayList<>();
  private final List<Difference> differences = new ArrayList<>();
  private final Optional<String> thetaUnavailable;

  GreekScenarios(List<ResolvedWarrant> book, List<Financing> financings, MarketData market, Bumps bumps) {
    int base = add(market, book);
    combine(Measure.VALUE, new int[] {base}, new double[] {1});

    double h = bumps.spotFraction() * market.spot();
    int spotUp = add(withSpot(market, market.spot() + h), book);
    int spotDown = add(withSpot(market, market.spot() - h), book);
    combine(Measure.DELTA, new int[] {spotUp, spotDown}, new double[] {0.5 / h, -0.5 / h});
    combine(Measure.GAMMA, new int[] {spotUp, base, spotDown}, new double[] {1 / (h * h), -2 / (h * h), 1 / (h * h)});

    double v = bumps.volatility();
    int volUp = add(withVolatility(market, market.volatility() + v), book);
    if (market.volatility() >= v) {
      int volDown = add(withVolatility(market, market.volatility() - v), book);
      combine(Measure.VEGA, new int[] {volUp, volDown}, new double[] {0.5 / v, -0.5 / v});
    } else {
      combine(Measure.VEGA, new int[] {volUp, base}, new double[] {1 / v, -1 / v});
    }

    double r = bumps.rate();
    int rateUp = add(withRate(market, market.continuousRate() + r), book);
    int rateDown = add(withRate(market, market.continuousRate() - r), book);
    combine(Measure.RHO, new int[] {rateUp, rateDown}, new double[] {0.5 / r, -0.5 / r});

    MarketData later = withDate(market, market.valuationDate().plusDays(bumps.days()));
    Optional<String> problem = rollProblem(book, financings, later);
    if (problem.isEmpty()) {
      int rolled = add(later, book);
      double years = bumps.years();
      combine(Measure.THETA, new int[] {rolled, base}, new double[] {1 / years, -1 / years});
    }
    this.thetaUnavailable = problem;
  }

  List<Scenario> scenarios() {
    return List.copyOf(scenarios);
  }

  /** Per measure, in order, the coefficient of every scenario. */
  List<double[]> combinations() {
    List<double[]> combinations = new ArrayList<>();
    for (Difference difference : differences) {
      double[] coefficients = new double[scenarios.size()];
      for (int k = 0; k < difference.scenarios().length; k++) {
        coefficients[difference.scenarios()[k]] += difference.weights()[k];
      }
      combinations.add(coefficients);
    }
    return combinations;
  }

  /** The position of {@code measure} among the combinations, or -1 when it was not computed. */
  int indexOf(Measure measure) {
    for (int i = 0; i < differences.size(); i++) {
      if (differences.get(i).measure() == measure) {
        return i;
      }
    }
    return -1;
  }

  /** Why theta could not be computed, when it could not. */
  Optional<String> thetaUnavailable() {
    return thetaUnavailable;
  }

  private int add(MarketData market, List<ResolvedWarrant> book) {
    scenarios.add(new Scenario(market, resolve(book, market)));
    return scenarios.size() - 1;
  }

  private void combine(Measure measure, int[] scenarioIndices, double[] weights) {
    differences.add(new Difference(measure, scenarioIndices, weights));
  }

  /** Why the valuation date cannot move to {@code later}'s, if it cannot. */
  private static Optional<String> rollProblem(List<ResolvedWarrant> book, List<Financing> financings,
      MarketData later) {
    LocalDate date = later.valuationDate();
    for (int i = 0; i < financings.size(); i++) {
      if (!financings.get(i).start().isAfter(date)) {
        return Optional.of("financing [" + i + "] can start on " + financings.get(i).start()
            + ", not after " + date);
      }
    }
    for (ResolvedWarrant warrant : book) {
      try {
        ResolvedWarrant.resolve(warrant.warrant(), later);
      } catch (InvalidValueException e) {
        return Optional.of("tranche " + warrant.warrant().id() + ": " + e.getMessage());
      }
    }
    return Optional.empty();
  }

  private static List<ResolvedWarrant> resolve(List<ResolvedWarrant> book, MarketData market) {
    return book.stream().map(w -> ResolvedWarrant.resolve(w.warrant(), market)).toList();
  }

  private static MarketData withSpot(MarketData m, double spot) {
    return new MarketData(m.valuationDate(), spot, m.volatility(), m.riskFreeRate(), m.dividendYield(),
        m.sharesOutstanding());
  }

  private static MarketData withVolatility(MarketData m, double volatility) {
    return new MarketData(m.valuationDate(), m.spot(), volatility, m.riskFreeRate(), m.dividendYield(),
        m.sharesOutstanding());
  }

  private static MarketData withRate(MarketData m, double continuousRate) {
    return new MarketData(m.valuationDate(), m.spot(), m.volatility(), RiskFreeRate.continuous(continuousRate),
        m.dividendYield(), m.sharesOutstanding());
  }

  private static MarketData withDate(MarketData m, LocalDate date) {
    return new MarketData(date, m.spot(), m.volatility(), m.riskFreeRate(), m.dividendYield(),
        m.sharesOutstanding());
  }
}
