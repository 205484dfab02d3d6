package org.warrantlab.simulation;

import java.util.ArrayList;
import java.util.List;
import org.warrantlab.closedform.BlackScholes;
import org.warrantlab.event.Financing;
import org.warrantlab.event.FinancingTerms;
import org.warrantlab.event.FinancingWindow;
import org.warrantlab.event.PoissonFinancing;
import org.warrantlab.market.Act365Fixed;
import org.warrantlab.math.Transcendentals;

/**
 * Draws the days of one financing assumption on a path from standard normals (turned into uniforms),
 * as grid steps. A window uses one uniform: the financing happens when u < p, on trading day
 * floor(u / p × n) of the window's n. A Poisson assumption uses one uniform for the count (Poisson with
 * mean intensity × years, truncated where the tail probability falls below 1e-10) and one per
 * financing for its day, uniform over the window's trading days.
 */
final class FinancingDraws {

  /** Tail probability beyond the largest Poisson count simulated. */
  static final double POISSON_TAIL = 1e-10;

  private final FinancingTerms terms;
  private final PathSchedule.WindowDays days;
  private final double probability;
  /** P(N ≤ k) for a Poisson assumption; empty for a window, which draws one uniform. */
  private final double[] poissonCumulative;

  private FinancingDraws(FinancingTerms terms, PathSchedule.WindowDays days, double probability,
      double[] poissonCumulative) {
    this.terms = terms;
    this.days = days;
    this.probability = probability;
    this.poissonCumulative = poissonCumulative;
  }

  static FinancingDraws of(Financing financing, PathSchedule.WindowDays days) {
    if (financing instanceof FinancingWindow window) {
      return new FinancingDraws(window.terms(), days, window.probability(), new double[0]);
    }
    PoissonFinancing poisson = (PoissonFinancing) financing;
    double years = Act365Fixed.yearFraction(poisson.start(), poisson.end().plusDays(1));
    return new FinancingDraws(poisson.terms(), days, 0, poissonCumulative(poisson.intensity() * years));
  }

  FinancingTerms terms() {
    return terms;
  }

  /** Normals this assumption consumes per path. */
  int dimension() {
    return poisson() ? poissonCumulative.length : 1;
  }

  /** The most financings it can put on one path. */
  int maxEvents() {
    return poisson() ? poissonCumulative.length - 1 : 1;
  }

  /** The window's trading days on the grid, whose steps it keeps. */
  int gridDays() {
    return days.steps().length;
  }

  private boolean poisson() {
    return poissonCumulative.length > 0;
  }

  /**
   * Draws every financing of {@code draws} on one path, whose normals start with theirs in order, into
   * {@code steps} and {@code financing} (the index of each event's financing), sorted by step and, within
   * a day, in input order. Returns the number of events.
   */
  static int drawAll(FinancingDraws[] draws, double[] normals, int[] steps, int[] financing) {
    int count = 0;
    int offset = 0;
    for (int f = 0; f < draws.length; f++) {
      int before = count;
      count = draws[f].draw(normals, offset, steps, count);
      for (int e = before; e < count; e++) {
        financing[e] = f;
      }
      offset += draws[f].dimension();
    }
    for (int i = 1; i < count; i++) {
      int step = steps[i];
      int index = financing[i];
      int k = i - 1;
      while (k >= 0 && steps[k] > step) {
        steps[k + 1] = steps[k];
        financing[k + 1] = financing[k];
        k--;
      }
      steps[k + 1] = step;
      financing[k + 1] = index;
    }
    return count;
  }

  /**
   * Appends this assumption's financings on the path to {@code steps}, reading normals from
   * {@code offset}; returns the new count. Days off the grid (on or before the valuation date, or after
   * the last expiry) are dropped.
   */
  int draw(double[] normals, int offset, int[] steps, int count) {
    if (days.total() == 0) {
      return count;
    }
    if (!poisson()) {
      double u = uniform(normals[offset]);
      return u < probability ? add(days.stepOf(dayIndex(u / probability)), steps, count) : count;
    }
    int events = poissonCount(uniform(normals[offset]));
    for (int k = 0; k < events; k++) {
      count = add(days.stepOf(dayIndex(uniform(normals[offset + 1 + k]))), steps, count);
    }
    return count;
  }

  private int dayIndex(double u) {
    return Math.min((int) (u * days.total()), days.total() - 1);
  }

  /** The Poisson count for uniform u by inversion, at most {@link #maxEvents()}. */
  private int poissonCount(double u) {
    int k = 0;
    while (k < maxEvents() && u > poissonCumulative[k]) {
      k++;
    }
    return k;
  }

  private static int add(int step, int[] steps, int count) {
    if (step < 0) {
      return count;
    }
    steps[count] = step;
    return count + 1;
  }

  private static double uniform(double normal) {
    return BlackScholes.normalCdf(normal);
  }

  /**
   * P(N ≤ k) for k = 0..K, with K the first count whose tail P(N > K) is below {@link #POISSON_TAIL}:
   * K + 1 entries, one normal for the count and K for the days.
   */
  private static double[] poissonCumulative(double mean) {
    List<Double> cumulative = new ArrayList<>();
    double term = Transcendentals.exp(-mean);
    double sum = term;
    cumulative.add(sum);
    for (int k = 1; 1 - sum > POISSON_TAIL && k < 10_000; k++) {
      term *= mean / k;
      sum += term;
      cumulative.add(sum);
    }
    return cumulative.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
