package org.warrantlab.simulation;

import java.util.Arrays;

/**
 * The issuer's redemption rights on one path: counts the closes at or above each trigger in its rolling
 * window, gives notice on the first day a trigger holds (the issuer redeems at the earliest date it may,
 * the policy valuations of these warrants assume), and on the redemption date pays the holder's best
 * choice ({@link RedemptionChoice}). It visits only the days on which a trigger may first hold, counting
 * the closes walked since its last visit, so that a path far from a trigger is read in strides of the
 * days it still lacks. A tranche exercised or noticed stops being watched. One per walk.
 */
final class RedemptionWatch {

  private static final int NONE = -1;

  private final ResolvedRedemption[] rights;
  private final PathCloses closes;
  private final PathTerms terms;
  private final RedemptionChoice choice;
  private final PathListener listener;
  /** Per right, hits[d] closes at or above the trigger among its days before day d. */
  private final int[][] hits;
  /** Per right, the next day a notice may be given on: the next day it reads. */
  private final int[] nextDay;
  /** Per right, the last day whose close {@link #hits} counts. */
  private final int[] known;
  /** Per tranche, the right noticed and the notice day, or {@link #NONE}. */
  private final int[] noticedRight;
  private final int[] noticeDay;
  private final int[] redemptionStep;
  private final boolean[] redeemed;
  /** Per tranche, the years from the valuation date to the redemption that paid it; NaN when none did. */
  private final double[] paidYears;
  private final PathSchedule schedule;
  private final double spot;

  RedemptionWatch(ResolvedBook book, PathCloses closes, PathTerms terms, PathListener listener) {
    this.rights = book.redemptions();
    this.closes = closes;
    this.terms = terms;
    this.choice = new RedemptionChoice(terms, closes);
    this.listener = listener;
    this.hits = new int[rights.length][];
    for (int r = 0; r < rights.length; r++) {
      hits[r] = new int[rights[r].days() + 1];
    }
    this.nextDay = new int[rights.length];
    this.known = new int[rights.length];
    this.noticedRight = new int[book.tranches()];
    this.noticeDay = new int[book.tranches()];
    this.redemptionStep = new int[book.tranches()];
    this.redeemed = new boolean[book.tranches()];
    this.paidYears = new double[book.tranches()];
    this.schedule = book.schedule();
    this.spot = book.market().spot();
  }

  /** Reads the days on or before the valuation date, at the spot, for a new path. */
  void newPath() {
    Arrays.fill(noticedRight, NONE);
    Arrays.fill(redeemed, false);
    Arrays.fill(paidYears, Double.NaN);
    for (int r = 0; r < rights.length; r++) {
      ResolvedRedemption right = rights[r];
      int hit = spot >= right.terms().triggerPrice() ? 1 : 0;
      int day = 0;
      while (day < right.days() && right.step(day) < 0) {
        hits[r][day + 1] = hits[r][day] + hit;
        day++;
      }
      known[r] = day - 1;
      nextDay[r] = candidate(r, right.firstNotice() - 1);
    }
  }

  /** Years from the valuation date to the redemption that paid tranche {@code j}; NaN when none did. */
  double paidYears(int j) {
    return paidYears[j];
  }

  /** Reads the closes of {@code step} and redeems the tranches whose redemption date it is. */
  void onStep(int step, double[] payoffs) {
    if (rights.length == 0) {
      return;
    }
    for (int r = 0; r < rights.length; r++) {
      int day = nextDay[r];
      if (day < rights[r].days() && rights[r].step(day) == step) {
        read(r, day);
      }
    }
    for (int j = 0; j < noticedRight.length; j++) {
      if (noticedRight[j] != NONE && !redeemed[j] && redemptionStep[j] == step) {
        redeem(j, step, payoffs);
      }
    }
  }

  /** The next step this watch reads, or {@code none}. */
  int nextStep(int none) {
    if (rights.length == 0) {
      return none;
    }
    int next = none;
    for (int r = 0; r < rights.length; r++) {
      if (nextDay[r] < rights[r].days()) {
        next = Math.min(next, rights[r].step(nextDay[r]));
      }
    }
    for (int j = 0; j < noticedRight.length; j++) {
      if (noticedRight[j] != NONE && !redeemed[j]) {
        next = Math.min(next, redemptionStep[j]);
      }
    }
    return next;
  }

  /**
   * Counts the closes up to {@code day}, a day a notice may be given on, and gives notice when the
   * trigger holds; otherwise finds the next such day.
   */
  private void read(int r, int day) {
    ResolvedRedemption right = rights[r];
    int j = right.tranche();
    if (noticedRight[j] != NONE || terms.exercised(j)) {
      nextDay[r] = right.days();
      return;
    }
    int[] counted = hits[r];
    for (int d = known[r] + 1; d <= day; d++) {
      counted[d + 1] = counted[d] + (closes.atOrAbove(right.step(d), right.terms().triggerPrice(),
          right.logTrigger()) ? 1 : 0);
    }
    known[r] = day;
    int count = windowCount(r, day - right.terms().lagDays());
    if (count < right.terms().days()) {
      nextDay[r] = candidate(r, day);
      return;
    }
    noticedRight[j] = r;
    noticeDay[j] = day;
    redemptionStep[j] = right.redemptionStep(day);
    nextDay[r] = right.days();
    listener.notice(right.step(day), j, right.terms().triggerPrice(), count, right.terms().window(),
        redemptionStep[j]);
  }

  /**
   * The first day after {@code after} on which right {@code r}'s trigger may hold, given the closes
   * counted so far: one whose window has ended and holds, or the first whose window can hold by then,
   * as each later day adds at most one close at or above the trigger; {@code days()} when none is left.
   */
  private int candidate(int r, int after) {
    ResolvedRedemption right = rights[r];
    int lag = right.terms().lagDays();
    int needed = right.terms().days();
    int first = Math.max(after + 1, right.firstNotice());
    int counted = known[r];
    for (int day = first; day - lag <= counted && day <= right.lastNotice(); day++) {
      if (windowCount(r, day - lag) >= needed) {
        return day;
      }
    }
    int possible = Math.max(first, counted + lag + Math.max(1, needed - windowCount(r, counted)));
    return possible <= right.lastNotice() ? possible : right.days();
  }

  /**
   * Closes at or above right {@code r}'s trigger in the window ending on day {@code end}, counting only
   * its days from the first the right reads (a window of a day a notice may be given on has them all).
   */
  private int windowCount(int r, int end) {
    int[] counted = hits[r];
    return counted[end + 1] - counted[Math.max(0, end + 1 - rights[r].terms().window())];
  }

  private void redeem(int j, int step, double[] payoffs) {
    redeemed[j] = true;
    if (terms.exercised(j)) {
      return;
    }
    ResolvedRedemption right = rights[noticedRight[j]];
    terms.exercise(j);
    payoffs[j] = choice.payoff(right, noticeDay[j], step, j, listener);
    paidYears[j] = (schedule.date(step).toEpochDay() - schedule.valuationDate().toEpochDay()) / 365.0;
  }
}
