package org.warrantlab.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.warrantlab.attribution.AttributionOrder;
import org.warrantlab.attribution.Factor;

/** The names of an attribution's lines: as the reports print them and as JSON, CSV and options name them. */
public final class AttributionText {

  /** The value of {@code --attribution-order} that asks for Shapley values. */
  public static final String SHAPLEY = "shapley";

  private AttributionText() {
  }

  /** The name in JSON, CSV and {@code --attribution-order}: "sharePrice". */
  public static String name(Factor factor) {
    String[] words = factor.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return name.toString();
  }

  /** The line's caption in a table. */
  static String caption(Factor factor) {
    return switch (factor) {
      case EVENTS -> "Events at opening inputs less as booked";
      case TIME -> "Passage of time";
      case SHARE_PRICE -> "Share price";
      case VOLATILITY -> "Volatility";
      case RATES -> "Risk-free rate";
      case DIVIDEND_YIELD -> "Dividend yield";
      case SHARES_OUTSTANDING -> "Shares outstanding";
      case FINANCING -> "Financing assumptions";
      case TERMS -> "Contract terms";
      case OTHER -> "Other inputs (warrant counts)";
      case SAMPLING -> "Monte Carlo sampling";
    };
  }

  /** A short label for a chart's axis. */
  public static String label(Factor factor) {
    return switch (factor) {
      case EVENTS -> "Events";
      case TIME -> "Time";
      case SHARE_PRICE -> "Share price";
      case VOLATILITY -> "Volatility";
      case RATES -> "Rates";
      case DIVIDEND_YIELD -> "Dividend yield";
      case SHARES_OUTSTANDING -> "Shares";
      case FINANCING -> "Financing";
      case TERMS -> "Terms";
      case OTHER -> "Other";
      case SAMPLING -> "Sampling";
    };
  }

  /** How the split was made, in a sentence. */
  static String order(AttributionOrder order) {
    if (order instanceof AttributionOrder.Shapley) {
      return "Shapley values: each input's step averaged over every order of the inputs that changed";
    }
    return "sequential substitution in the order " + order.factors().stream().map(AttributionText::name)
        .collect(Collectors.joining(", "));
  }

  /** The order {@code text} names: {@value #SHAPLEY}, or factor names, comma separated, the rest following. */
  public static AttributionOrder parseOrder(String text) {
    if (text.trim().equalsIgnoreCase(SHAPLEY)) {
      return new AttributionOrder.Shapley();
    }
    List<Factor> factors = new ArrayList<>();
    for (String part : text.split(",")) {
      String wanted = part.trim();
      Factor factor = Factor.SUBSTITUTED.stream().filter(f -> name(f).equalsIgnoreCase(wanted)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("'" + wanted + "' is not an input; expected "
              + SHAPLEY + " or some of " + names()));
      if (factors.contains(factor)) {
        throw new IllegalArgumentException("'" + wanted + "' is named twice");
      }
      factors.add(factor);
    }
    return AttributionOrder.startingWith(factors);
  }

  /** The substituted factors' names in the default order. */
  public static String names() {
    return Factor.SUBSTITUTED.stream().map(AttributionText::name).collect(Collectors.joining(","));
  }
}
