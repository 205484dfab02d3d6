package org.warrantlab.simulation;

import org.warrantlab.closedform.BlackScholes;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.math.Transcendentals;
import org.warrantlab.process.GbmProcess;

/**
 * A tranche's exercise dates before and at expiry placed on a simulation grid, with the discount factor
 * of each and the hold value: the European value of the standing terms, a regressor of the continuation
 * value and a floor below which the holder never exercises. While the share price follows the GBM alone
 * it bounds the value of holding from below, as later resets only lower the exercise price. A financing
 * that drops the price to the post-money value can leave holding worth a little less; the floor then only
 * makes the policy more patient, and any policy is feasible, so the estimate stays a lower bound.
 */
final class TrancheExercise {

  private final int[] steps;
  private final double[] times;
  private final double[] discounts;
  private final boolean onValuationDate;
  private final double regressionScale;
  /**
   * Per exercise date, then the valuation date last: the years from it to expiry, and over them the
   * discount factor, the forward's growth and the log price's standard deviation, which every hold value
   * on that date shares.
   */
  private final double[] holdYears;
  private final double[] holdDiscount;
  private final double[] holdGrowth;
  private final double[] holdDeviation;

  private TrancheExercise(int[] steps, double[] times, double[] discounts, boolean onValuationDate,
      double regressionScale, double[] holdYears, double[] holdDiscount, double[] holdGrowth, double[] holdDeviation) {
    this.steps = steps;
    this.times = times;
    this.discounts = discounts;
    this.onValuationDate = onValuationDate;
    this.regressionScale = regressionScale;
    this.holdYears = holdYears;
    this.holdDiscount = holdDiscount;
    this.holdGrowth = holdGrowth;
    this.holdDeviation = holdDeviation;
  }

  /** The exercise dates of {@code warrant} on {@code schedule}'s grid, in the market of {@code process}. */
  static TrancheExercise of(ResolvedWarrant warrant, ExerciseDates dates, PathSchedule schedule, GbmProcess process) {
    int count = dates.count();
    int[] steps = schedule.steps(dates);
    double[] times = new double[count];
    double[] discounts = new double[count];
    double[] holdYears = new double[count + 1];
    double[] holdDiscount = new double[count + 1];
    double[] holdGrowth = new double[count + 1];
    double[] holdDeviation = new double[count + 1];
    long valuationDay = schedule.valuationDate().toEpochDay();
    for (int k = 0; k <= count; k++) {
      double remaining = warrant.timeToExpiry();
      if (k < count) {
        times[k] = (dates.epochDay(k) - valuationDay) / 365.0;
        discounts[k] = process.discountFactor(times[k]);
        remaining = warrant.timeToExpiry() - times[k];
      }
      holdYears[k] = remaining;
      holdDiscount[k] = Transcendentals.exp(-process.riskFreeRate() * remaining);
      holdGrowth[k] = Transcendentals.exp((process.riskFreeRate() - process.dividendYield()) * remaining);
      holdDeviation[k] = process.volatility() * Math.sqrt(Math.max(remaining, 0));
    }
    double scale = warrant.sharesValuedPerWarrant() * warrant.warrant().exercisePrice();
    return new TrancheExercise(steps, times, discounts, dates.onValuationDate(), scale, holdYears, holdDiscount,
        holdGrowth, holdDeviation);
  }

  /** Exercise dates, the last being expiry; zero when exercised at expiry only. */
  int dates() {
    return steps.length;
  }

  int step(int date) {
    return steps[date];
  }

  double[] times() {
    return times.clone();
  }

  boolean onValuationDate() {
    return onValuationDate;
  }

  /** Discount factor to the valuation date of exercise date {@code date}, or 1 for the valuation date (-1). */
  double discount(int date) {
    return date < 0 ? 1.0 : discounts[date];
  }

  /** The discounted exercise value that is one unit of the regression variable on date {@code date}. */
  double regressionUnit(int date) {
    return discounts[date] * regressionScale;
  }

  /**
   * The discounted European value, on date {@code date} (-1 for the valuation date), of holding the
   * tranche's standing terms to expiry with no later reset or financing.
   */
  double holdValue(int date, double price, double exercisePrice, double sharesValued) {
    int at = date < 0 ? steps.length : date;
    double call = holdYears[at] <= 0 ? Math.max(price - exercisePrice, 0.0)
        : BlackScholes.callPriceOverHorizon(price, exercisePrice, holdDiscount[at], holdGrowth[at],
            holdDeviation[at]);
    return discount(date) * sharesValued * call;
  }
}
