package org.warrantlab.simulation;

import org.warrantlab.event.FinancingTerms;
import org.warrantlab.event.ShareIssue;
import org.warrantlab.instrument.AntiDilution;
import org.warrantlab.math.Transcendentals;
import org.warrantlab.process.PathWalker;

/**
 * A simulated financing on a path: the issue price from the day's close and VWAP, the shares sold, the
 * anti-dilution resets it triggers in the tranches alive and protected that day, and the post-money
 * share price where that option is on. One per walk.
 */
final class FinancingRound {

  static final String CAUSE = "anti-dilution";

  private final ResolvedBook book;
  private final PathTerms terms;
  private final PathCloses closes;
  private final PathWalker walker;
  private final PathListener listener;

  FinancingRound(ResolvedBook book, PathTerms terms, PathCloses closes, PathWalker walker, PathListener listener) {
    this.book = book;
    this.terms = terms;
    this.closes = closes;
    this.walker = walker;
    this.listener = listener;
  }

  /** Financing {@code f} happens on {@code step}. */
  void apply(int step, int f) {
    FinancingTerms financing = book.financings()[f].terms();
    double close = terms.price();
    double vwap = financing.pricing().readsVwap() ? closes.vwap(step, financing.pricing().vwapDays()) : close;
    double issuePrice = financing.issuePrice(close, vwap);
    double issued = financing.size().sharesAt(issuePrice);
    double outstanding = terms.sharesOutstanding();
    double fullyDiluted = outstanding;
    for (int j = 0; j < book.tranches(); j++) {
      if (book.tranche(j).aliveOn(step)) {
        fullyDiluted += book.tranche(j).warrant().count() * terms.sharesPerWarrant(j);
      }
    }
    ShareIssue issue = new ShareIssue(issuePrice, issued, outstanding, fullyDiluted);
    double priceAfter = financing.postMoney()
        ? (outstanding * close + issued * issuePrice) / (outstanding + issued) : close;
    listener.financing(step, f, close, vwap, issuePrice, issued, outstanding + issued, priceAfter);
    for (int j = 0; j < book.tranches(); j++) {
      ResolvedTranche tranche = book.tranche(j);
      AntiDilution clause = tranche.warrant().antiDilution();
      if (tranche.aliveOn(step) && tranche.protectedOn(step) && terms.resets(j) < clause.limits().maxResets()) {
        double reset = clause.resetPrice(terms.exercisePrice(j), issue);
        if (reset < terms.exercisePrice(j)) {
          terms.countReset(j);
          terms.change(j, step, reset, clause.limits().adjustShares(), CAUSE);
        }
      }
    }
    if (priceAfter != close) {
      walker.move(Transcendentals.log(priceAfter / close));
      terms.price(priceAfter);
      closes.move(step, priceAfter);
    }
    terms.issue(issued);
  }
}
