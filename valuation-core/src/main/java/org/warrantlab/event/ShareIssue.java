package org.warrantlab.event;

/**
 * A sale of new shares, as an anti-dilution clause sees it.
 *
 * @param price price per share paid by the investors (P)
 * @param shares shares issued (C)
 * @param commonBefore common shares outstanding just before the issue (narrow-based A)
 * @param fullyDilutedBefore common shares plus shares issuable on exercise of the warrants, just before
 *     the issue (broad-based A)
 */
public record ShareIssue(double price, double shares, double commonBefore, double fullyDilutedBefore) {

  /** The money raised: C × P. */
  public double amount() {
    return shares * price;
  }
}
