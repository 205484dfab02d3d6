package org.warrantlab.simulation;

import java.time.LocalDate;
import java.util.OptionalDouble;
import org.warrantlab.closedform.BlackScholes;
import org.warrantlab.event.FundamentalTransaction;
import org.warrantlab.market.Act365Fixed;
import org.warrantlab.market.RiskFreeCurve;
import org.warrantlab.math.Transcendentals;

/**
 * A fundamental transaction placed on a book's grid: its window's trading days, each a step whose
 * historical-volatility look-back is on the grid too, and how one normal per path draws its day. A dated
 * window happens when u < p, on trading day floor(u / p × n) of the window's n; a Poisson assumption
 * happens at its first event, when u < 1 − exp(−λT), on trading day floor(τ / T × n) with
 * τ = −log(1 − u) / λ.
 */
final class ResolvedTransaction {

  private final FundamentalTransaction terms;
  private final PathSchedule.WindowDays days;
  private final double yearsOfWindow;
  private final OptionalDouble rate;

  private ResolvedTransaction(FundamentalTransaction terms, PathSchedule.WindowDays days, double yearsOfWindow,
      OptionalDouble rate) {
    this.terms = terms;
    this.days = days;
    this.yearsOfWindow = yearsOfWindow;
    this.rate = rate;
  }

  static ResolvedTransaction of(FundamentalTransaction terms, PathSchedule schedule, LocalDate lastExpiry) {
    return new ResolvedTransaction(terms, schedule.windowDays(terms.start(), terms.end(), lastExpiry),
        Act365Fixed.yearFraction(terms.start(), terms.end().plusDays(1)),
        terms.value().rate());
  }

  FundamentalTransaction terms() {
    return terms;
  }

  /**
   * The rate the Black–Scholes value discounts at over {@code from} to {@code to} years: the stated one, or
   * the market curve's forward rate over the remaining term.
   */
  double rate(RiskFreeCurve market, double from, double to) {
    return rate.isPresent() ? rate.getAsDouble() : market.forwardRate(from, to);
  }

  /** The grid step of the transaction on the path of {@code normal}, or -1 when there is none on the grid. */
  int draw(double normal) {
    if (days.total() == 0) {
      return -1;
    }
    double u = BlackScholes.normalCdf(normal);
    double fraction;
    if (terms.probability().isPresent()) {
      double probability = terms.probability().getAsDouble();
      if (!(u < probability)) {
        return -1;
      }
      fraction = u / probability;
    } else {
      double intensity = terms.intensity().getAsDouble();
      double happens = 1 - Transcendentals.exp(-intensity * yearsOfWindow);
      if (!(u < happens)) {
        return -1;
      }
      fraction = -Transcendentals.log1p(-u) / intensity / yearsOfWindow;
    }
    return days.stepOf(Math.min((int) (fraction * days.total()), days.total() - 1));
  }
}
