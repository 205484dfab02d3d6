package org.warrantlab.exercise;

import org.warrantlab.closedform.BlackScholes;
import org.warrantlab.lattice.OptionType;
import org.warrantlab.process.GbmPathBuilder;
import org.warrantlab.process.GbmProcess;
import org.warrantlab.process.TimeGrid;

/**
 * One plain call or put exercisable on the given dates (the last is expiry), on GBM paths that visit
 * those dates alone: the textbook case on which Longstaff–Schwartz is checked against a lattice. Its
 * control variate is the European payoff, whose expectation is the Black–Scholes value.
 */
final class VanillaOptionPaths implements ExercisablePaths {

  private final OptionType type;
  private final double strike;
  private final double[] times;
  private final GbmProcess process;
  private final GbmPathBuilder path;
  private final double[] discounts;

  VanillaOptionPaths(OptionType type, double strike, double[] times, GbmProcess process) {
    this.type = type;
    this.strike = strike;
    this.times = times.clone();
    this.process = process;
    this.path = new GbmPathBuilder(process, TimeGrid.of(times));
    this.discounts = new double[times.length];
    for (int k = 0; k < times.length; k++) {
      discounts[k] = process.discountFactor(times[k]);
    }
  }

  /** Exercisable {@code datesPerYear} times a year, evenly, up to {@code years}. */
  static VanillaOptionPaths evenlyExercisable(OptionType type, double strike, double years, int datesPerYear,
      GbmProcess process) {
    int dates = (int) Math.round(years * datesPerYear);
    double[] times = new double[dates];
    for (int k = 0; k < dates; k++) {
      times[k] = years * (k + 1) / dates;
    }
    return new VanillaOptionPaths(type, strike, times, process);
  }

  double[] times() {
    return times.clone();
  }

  double european() {
    double years = times[times.length - 1];
    return type == OptionType.CALL
        ? BlackScholes.callPrice(process.spot(), strike, years, process.rates().zeroRate(0), process.dividendYield(),
            process.volatility().termVolatility(0))
        : BlackScholes.putPrice(process.spot(), strike, years, process.rates().zeroRate(0), process.dividendYield(),
            process.volatility().termVolatility(0));
  }

  @Override
  public int dimension() {
    return times.length;
  }

  @Override
  public int outputs() {
    return 1;
  }

  @Override
  public double[] exerciseTimes(int output) {
    return times.clone();
  }

  @Override
  public double immediateExerciseValue(int output) {
    return type.payoff(process.spot(), strike);
  }

  @Override
  public double regressionUnit(int output, int date) {
    return discounts[date] * strike;
  }

  @Override
  public boolean controlsAreHoldValues() {
    return true;
  }

  @Override
  public int normalsThrough(int output, int date) {
    return date + 1;
  }

  @Override
  public double[] controlExpectations() {
    return new double[] {european()};
  }

  @Override
  public Walker newWalker(ExerciseDecision decision) {
    return (normals, payoffs, controls) -> {
      double logPrice = path.logSpot();
      boolean exercised = false;
      int last = times.length - 1;
      for (int k = 0; k <= last; k++) {
        logPrice = path.advance(k, logPrice, normals[k]);
        double price = Math.exp(logPrice);
        double value = discounts[k] * type.payoff(price, strike);
        if (k == last) {
          controls[0] = value;
          if (!exercised) {
            payoffs[0] = value;
          }
        } else if (!exercised && value > 0) {
          int date = k;
          exercised = decision.exercise(0, k, value, () -> discounts[date] * european(price, times[last] - times[date]));
          if (exercised) {
            payoffs[0] = value;
          }
        }
      }
    };
  }

  private double european(double price, double years) {
    return type == OptionType.CALL
        ? BlackScholes.callPrice(price, strike, years, process.rates().zeroRate(0), process.dividendYield(),
            process.volatility().termVolatility(0))
        : BlackScholes.putPrice(price, strike, years, process.rates().zeroRate(0), process.dividendYield(),
            process.volatility().termVolatility(0));
  }
}
