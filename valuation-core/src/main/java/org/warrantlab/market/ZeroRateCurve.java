package org.warrantlab.market;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;

/**
 * Zero rates at a few terms, interpolated linearly in rate × time (so the forward rate is constant between
 * two terms) and flat beyond the first and last terms. A curve whose rates are all equal is flat: it
 * returns that rate exactly, as {@link RiskFreeRate} does. Immutable.
 */
public final class ZeroRateCurve implements RiskFreeCurve {

  /** The field a problem with the curve as a whole is reported against. */
  public static final String FIELD = "riskFreeCurve";

  private final List<RatePoint> points;
  private final Compounding compounding;
  private final double[] terms;
  private final double[] rates;
  /** r(t) t at each term: the log of the inverse discount factor. */
  private final double[] integrals;
  private final boolean flat;

  public ZeroRateCurve(List<RatePoint> points, Compounding compounding) {
    Checks.notNull(points, FIELD);
    Checks.notNull(compounding, "rateCompounding");
    if (points.isEmpty()) {
      throw new InvalidValueException(FIELD, "must list at least one point");
    }
    this.points = List.copyOf(points);
    this.compounding = compounding;
    int size = points.size();
    this.terms = new double[size];
    this.rates = new double[size];
    this.integrals = new double[size];
    boolean same = true;
    for (int i = 0; i < size; i++) {
      RatePoint point = points.get(i);
      if (i > 0 && !(point.term() > terms[i - 1])) {
        throw new InvalidValueException(FIELD, "terms must increase but point [" + i + "] (term " + point.term()
            + ") does not come after point [" + (i - 1) + "] (term " + terms[i - 1] + ")");
      }
      terms[i] = point.term();
      rates[i] = compounding.toContinuous(point.rate());
      integrals[i] = rates[i] * terms[i];
      same &= rates[i] == rates[0];
    }
    this.flat = same;
  }

  public List<RatePoint> points() {
    return points;
  }

  @Override
  public Compounding compounding() {
    return compounding;
  }

  /** The same curve with point {@code index}'s quoted rate set to {@code rate}. */
  public ZeroRateCurve withRate(int index, double rate) {
    List<RatePoint> changed = new ArrayList<>(points);
    changed.set(index, new RatePoint(points.get(index).term(), rate));
    return new ZeroRateCurve(changed, compounding);
  }

  @Override
  public double zeroRate(double years) {
    if (flat || years <= terms[0]) {
      return rates[0];
    }
    int last = terms.length - 1;
    if (years >= terms[last]) {
      return rates[last];
    }
    return integral(years) / years;
  }

  @Override
  public double forwardRate(double from, double to) {
    if (flat) {
      return rates[0];
    }
    if (!(to > from)) {
      return instantaneousForward(from);
    }
    return (integral(to) - integral(from)) / (to - from);
  }

  @Override
  public double quotedRate(double years) {
    return flat ? points.get(0).rate() : compounding.fromContinuous(zeroRate(years));
  }

  @Override
  public Optional<RiskFreeRate> scalar() {
    return Optional.empty();
  }

  @Override
  public boolean isFlat() {
    return flat;
  }

  @Override
  public double lowestForwardRate() {
    double lowest = Math.min(rates[0], rates[rates.length - 1]);
    for (int i = 1; i < terms.length; i++) {
      lowest = Math.min(lowest, (integrals[i] - integrals[i - 1]) / (terms[i] - terms[i - 1]));
    }
    return lowest;
  }

  @Override
  public ZeroRateCurve shiftedContinuous(double amount) {
    List<RatePoint> shifted = new ArrayList<>(points.size());
    for (int i = 0; i < terms.length; i++) {
      shifted.add(new RatePoint(terms[i], rates[i] + amount));
    }
    return new ZeroRateCurve(shifted, Compounding.CONTINUOUS);
  }

  @Override
  public ZeroRateCurve shiftedQuoted(double amount) {
    return new ZeroRateCurve(points.stream().map(p -> new RatePoint(p.term(), p.rate() + amount)).toList(),
        compounding);
  }

  /** r(t) t: the integral of the forward rate from 0 to {@code years}. */
  private double integral(double years) {
    if (years <= terms[0]) {
      return rates[0] * years;
    }
    int last = terms.length - 1;
    if (years >= terms[last]) {
      return rates[last] * years;
    }
    int k = segment(years);
    return integrals[k] + (integrals[k + 1] - integrals[k]) * (years - terms[k]) / (terms[k + 1] - terms[k]);
  }

  private double instantaneousForward(double years) {
    if (years < terms[0]) {
      return rates[0];
    }
    int last = terms.length - 1;
    if (years >= terms[last]) {
      return rates[last];
    }
    int k = segment(years);
    return (integrals[k + 1] - integrals[k]) / (terms[k + 1] - terms[k]);
  }

  /** The index k with terms[k] ≤ years &lt; terms[k + 1], for years inside the curve. */
  private int segment(double years) {
    int k = 0;
    while (terms[k + 1] <= years) {
      k++;
    }
    return k;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ZeroRateCurve curve && curve.points.equals(points) && curve.compounding == compounding;
  }

  @Override
  public int hashCode() {
    return 31 * points.hashCode() + compounding.hashCode();
  }

  @Override
  public String toString() {
    return "ZeroRateCurve" + points + " " + compounding;
  }
}
