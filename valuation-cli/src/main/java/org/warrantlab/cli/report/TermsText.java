package org.warrantlab.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.warrantlab.event.Financing;
import org.warrantlab.event.FinancingSize;
import org.warrantlab.event.FinancingTerms;
import org.warrantlab.event.FinancingWindow;
import org.warrantlab.event.PoissonFinancing;
import org.warrantlab.event.PriceRule;
import org.warrantlab.instrument.AntiDilution;
import org.warrantlab.instrument.FullRatchet;
import org.warrantlab.instrument.NoAntiDilution;
import org.warrantlab.instrument.ResetLimits;
import org.warrantlab.instrument.ScheduledReset;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.instrument.WeightedAverage;
import org.warrantlab.market.Compounding;
import org.warrantlab.market.RiskFreeCurve;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.market.TermVolatilities;
import org.warrantlab.market.VolatilityCurve;
import org.warrantlab.market.ZeroRateCurve;

/** Contract terms and assumptions in words, for tables and memos. */
public final class TermsText {

  private TermsText() {
  }

  /** E.g. "full ratchet, floor 0.50, shares adjust, at most 2 resets". */
  public static String protection(Warrant warrant) {
    List<String> parts = new ArrayList<>();
    AntiDilution clause = warrant.antiDilution();
    if (clause instanceof NoAntiDilution) {
      parts.add("none");
    } else if (clause instanceof FullRatchet) {
      parts.add("full ratchet");
    } else if (clause instanceof WeightedAverage average) {
      parts.add(average.basis().name().toLowerCase(Locale.ROOT) + " weighted average");
    }
    ResetLimits limits = clause.limits();
    if (limits.floor() > 0) {
      parts.add(String.format(Locale.US, "floor %.4f", limits.floor()));
    }
    if (limits.adjustShares()) {
      parts.add("shares adjust");
    }
    if (limits.maxResets() != Integer.MAX_VALUE) {
      parts.add("at most " + limits.maxResets() + " reset" + (limits.maxResets() == 1 ? "" : "s"));
    }
    if (limits.protectionStart() != null || limits.protectionEnd() != null) {
      parts.add("protected " + (limits.protectionStart() == null ? "from issue" : limits.protectionStart())
          + " to " + (limits.protectionEnd() == null ? "expiry" : limits.protectionEnd()));
    }
    for (ScheduledReset reset : warrant.scheduledResets()) {
      parts.add("reset on " + reset.date() + " to the lesser of X and " + price(reset.price()));
    }
    return String.join(", ", parts);
  }

  /** E.g. "2010-03-01..2010-03-31, p 0.50: $25,000,000 at 6% below the lesser of close and 10-day VWAP". */
  public static String financing(Financing financing) {
    String when = financing.start() + ".." + financing.end() + ", ";
    if (financing instanceof FinancingWindow window) {
      when += String.format(Locale.US, "probability %.2f", window.probability());
    } else {
      when += String.format(Locale.US, "Poisson %.2f a year", ((PoissonFinancing) financing).intensity());
    }
    FinancingTerms terms = financing.terms();
    String discount = terms.discount() > 0
        ? String.format(Locale.US, "%.1f%% below ", 100 * terms.discount()) : "at ";
    return when + ": " + size(terms.size()) + " " + discount + price(terms.pricing())
        + (terms.postMoney() ? ", price moves to post-money" : "");
  }

  /** E.g. "2.4000% continuous", or "2.4000% annual = 2.3717% continuous". */
  /** The volatility as a percentage, or each point of its term structure, e.g. "85.00% at 1y, 80.00% at 3y". */
  public static String volatility(VolatilityCurve volatility) {
    return volatility.scalar().map(flat -> Amounts.percent(flat.volatility())).orElseGet(() ->
        String.join(", ", ((TermVolatilities) volatility).points().stream()
            .map(p -> Amounts.percent(p.volatility()) + " at " + years(p.term())).toList()));
  }

  /** The rate as {@link #rate(RiskFreeRate)} words it, or each point of the curve, e.g. "4.02% at 1y, 3.95% at 5y annual". */
  public static String rate(RiskFreeCurve curve) {
    return curve.scalar().map(TermsText::rate).orElseGet(() ->
        String.join(", ", ((ZeroRateCurve) curve).points().stream()
            .map(p -> String.format(Locale.US, "%.4f%% at %s", 100 * p.rate(), years(p.term()))).toList())
        + " " + curve.compounding().name().toLowerCase(Locale.ROOT).replace('_', '-') + " (zero rates)");
  }

  /** The zero rate matched to {@code years}, in the curve's own compounding. */
  public static RiskFreeRate rateAt(RiskFreeCurve curve, double years) {
    return curve.scalar().orElseGet(() -> new RiskFreeRate(curve.quotedRate(years), curve.compounding()));
  }

  static String years(double term) {
    return new java.math.BigDecimal(Double.toString(term)).stripTrailingZeros().toPlainString() + "y";
  }

  public static String rate(RiskFreeRate rate) {
    String quoted = String.format(Locale.US, "%.4f%% %s", 100 * rate.quoted(),
        rate.compounding().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    return rate.compounding() == Compounding.CONTINUOUS ? quoted
        : String.format(Locale.US, "%s = %.4f%% continuous", quoted, 100 * rate.continuous());
  }

  private static String size(FinancingSize size) {
    if (size.amount() > 0) {
      return String.format(Locale.US, "$%,.0f", size.amount())
          + (Double.isFinite(size.maxShares()) ? String.format(Locale.US, " (at most %,.0f shares)", size.maxShares()) : "");
    }
    return String.format(Locale.US, "%,.0f shares", size.shares())
        + (Double.isFinite(size.maxAmount()) ? String.format(Locale.US, " (at most $%,.0f)", size.maxAmount()) : "");
  }

  private static String price(PriceRule rule) {
    return switch (rule.reference()) {
      case FIXED -> String.format(Locale.US, "%.4f", rule.fixedPrice());
      case CLOSE -> "the close";
      case VWAP -> rule.vwapDays() + "-day VWAP";
      case LESSER_OF_CLOSE_AND_VWAP -> "the lesser of close and " + rule.vwapDays() + "-day VWAP";
    };
  }
}
