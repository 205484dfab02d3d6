package org.warrantlab.simulation;

/**
 * The exercise dates before expiry of all a book's tranches, in the order a path meets them: by grid step
 * and, within a step, by tranche. Held as three int arrays, so that daily exercise over decades costs
 * twelve bytes a date.
 */
final class OfferSchedule {

  private final int[] steps;
  private final int[] tranches;
  private final int[] dates;

  private OfferSchedule(int[] steps, int[] tranches, int[] dates) {
    this.steps = steps;
    this.tranches = tranches;
    this.dates = dates;
  }

  /** Merges the tranches' exercise dates before expiry, each already in step order. */
  static OfferSchedule of(ResolvedTranche[] book) {
    int total = 0;
    for (ResolvedTranche tranche : book) {
      total += Math.max(tranche.exercise().dates() - 1, 0);
    }
    int[] steps = new int[total];
    int[] tranches = new int[total];
    int[] dates = new int[total];
    int[] next = new int[book.length];
    for (int i = 0; i < total; i++) {
      int earliest = -1;
      for (int j = 0; j < book.length; j++) {
        if (next[j] + 1 < book[j].exercise().dates()
            && (earliest < 0 || book[j].exercise().step(next[j]) < book[earliest].exercise().step(next[earliest]))) {
          earliest = j;
        }
      }
      steps[i] = book[earliest].exercise().step(next[earliest]);
      tranches[i] = earliest;
      dates[i] = next[earliest]++;
    }
    return new OfferSchedule(steps, tranches, dates);
  }

  int size() {
    return steps.length;
  }

  /** The grid step of offer {@code i}. */
  int step(int i) {
    return steps[i];
  }

  /** The tranche offered exercise by offer {@code i}. */
  int tranche(int i) {
    return tranches[i];
  }

  /** Which of its tranche's exercise dates offer {@code i} is, counting from 0. */
  int date(int i) {
    return dates[i];
  }
}
