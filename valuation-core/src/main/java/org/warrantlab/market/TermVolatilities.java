package org.warrantlab.market;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;

/**
 * Term volatilities at a few terms turned into piecewise-constant forward variance: the total variance
 * σ(T)² T is linear in T between two terms, σ(first term) before the first and σ(last term) after the last.
 * A curve whose total variance would fall between two terms (negative forward variance) is refused,
 * naming the two points. A curve whose volatilities are all equal is flat and returns that volatility
 * exactly. Immutable.
 */
public final class TermVolatilities implements VolatilityCurve {

  /** The field a problem with the curve as a whole is reported against. */
  public static final String FIELD = "volatilityCurve";

  private final List<VolatilityPoint> points;
  private final double[] terms;
  private final double[] variances;
  private final boolean flat;

  public TermVolatilities(List<VolatilityPoint> points) {
    Checks.notNull(points, FIELD);
    if (points.isEmpty()) {
      throw new InvalidValueException(FIELD, "must list at least one point");
    }
    this.points = List.copyOf(points);
    int size = points.size();
    this.terms = new double[size];
    this.variances = new double[size];
    boolean same = true;
    for (int i = 0; i < size; i++) {
      VolatilityPoint point = points.get(i);
      terms[i] = point.term();
      variances[i] = point.volatility() * point.volatility() * point.term();
      same &= point.volatility() == points.get(0).volatility();
      if (i == 0) {
        continue;
      }
      if (!(terms[i] > terms[i - 1])) {
        throw new InvalidValueException(FIELD, "terms must increase but point [" + i + "] (term " + terms[i]
            + ") does not come after point [" + (i - 1) + "] (term " + terms[i - 1] + ")");
      }
      if (variances[i] < variances[i - 1]) {
        throw new InvalidValueException(FIELD, String.format(Locale.US, "gives a negative forward variance"
            + " between point [%d] (term %s, volatility %s) and point [%d] (term %s, volatility %s): σ² T must not"
            + " fall from %.6f to %.6f", i - 1, terms[i - 1], points.get(i - 1).volatility(), i, terms[i],
            point.volatility(), variances[i - 1], variances[i]));
      }
    }
    this.flat = same;
  }

  public List<VolatilityPoint> points() {
    return points;
  }

  /** The same curve with point {@code index}'s volatility set to {@code volatility}. */
  public TermVolatilities withVolatility(int index, double volatility) {
    List<VolatilityPoint> changed = new ArrayList<>(points);
    changed.set(index, new VolatilityPoint(points.get(index).term(), volatility));
    return new TermVolatilities(changed);
  }

  /** The same curve with every volatility multiplied by {@code factor}, which keeps forward variance non-negative. */
  public TermVolatilities scaled(double factor) {
    return new TermVolatilities(points.stream()
        .map(p -> new VolatilityPoint(p.term(), p.volatility() * factor)).toList());
  }

  @Override
  public double termVolatility(double years) {
    if (flat || years <= terms[0]) {
      return points.get(0).volatility();
    }
    int last = terms.length - 1;
    if (years >= terms[last]) {
      return points.get(last).volatility();
    }
    return Math.sqrt(totalVariance(years) / years);
  }

  @Override
  public double forwardVolatility(double from, double to) {
    if (flat) {
      return points.get(0).volatility();
    }
    if (!(to > from)) {
      return Math.sqrt(instantaneousVariance(from));
    }
    return Math.sqrt(Math.max(0, totalVariance(to) - totalVariance(from)) / (to - from));
  }

  @Override
  public Optional<FlatVolatility> scalar() {
    return Optional.empty();
  }

  @Override
  public boolean isFlat() {
    return flat;
  }

  @Override
  public double lowest() {
    return points.stream().mapToDouble(VolatilityPoint::volatility).min().orElseThrow();
  }

  @Override
  public TermVolatilities shifted(double amount) {
    return new TermVolatilities(points.stream()
        .map(p -> new VolatilityPoint(p.term(), p.volatility() + amount)).toList());
  }

  /** σ(T)² T at {@code years}. */
  private double totalVariance(double years) {
    if (years <= terms[0]) {
      return rateOfVariance(0) * years;
    }
    int last = terms.length - 1;
    if (years >= terms[last]) {
      return rateOfVariance(last) * years;
    }
    int k = segment(years);
    return variances[k] + (variances[k + 1] - variances[k]) * (years - terms[k]) / (terms[k + 1] - terms[k]);
  }

  private double instantaneousVariance(double years) {
    if (years < terms[0]) {
      return rateOfVariance(0);
    }
    int last = terms.length - 1;
    if (years >= terms[last]) {
      return rateOfVariance(last);
    }
    int k = segment(years);
    return (variances[k + 1] - variances[k]) / (terms[k + 1] - terms[k]);
  }

  /** σ² at point {@code index}: the forward variance before the first and after the last term. */
  private double rateOfVariance(int index) {
    double volatility = points.get(index).volatility();
    return volatility * volatility;
  }

  private int segment(double years) {
    int k = 0;
    while (terms[k + 1] <= years) {
      k++;
    }
    return k;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TermVolatilities curve && curve.points.equals(points);
  }

  @Override
  public int hashCode() {
    return points.hashCode();
  }

  @Override
  public String toString() {
    return "TermVolatilities" + points;
  }
}
