package org.warrantlab.cli.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.warrantlab.accounting.LineItem;
import org.warrantlab.accounting.Money;
import org.warrantlab.accounting.PeriodRollForward;
import org.warrantlab.accounting.RollForwardLine;
import org.warrantlab.attribution.Attribution;
import org.warrantlab.attribution.Comparison;
import org.warrantlab.attribution.Step;
import org.warrantlab.cli.chart.WaterfallChart.Bar;
import org.warrantlab.cli.report.AttributionText;

/** Waterfalls of an attribution: a roll-forward's span from opening to closing balance, or a comparison. */
public final class AttributionCharts {

  private AttributionCharts() {
  }

  /**
   * The span's opening balance, its event lines, the change in fair value by input, its closing balance,
   * in {@code currency} when the book names one.
   */
  public static CategoryChart span(PeriodRollForward span, Attribution attribution, Optional<String> currency) {
    RollForwardLine total = span.total();
    List<Bar> steps = new ArrayList<>();
    for (LineItem item : List.of(LineItem.ISSUANCES, LineItem.EXERCISES, LineItem.EXPIRATIONS,
        LineItem.MODIFICATIONS)) {
      if (total.amount(item).signum() != 0) {
        steps.add(new Bar(item.caption(), total.amount(item)));
      }
    }
    steps.addAll(factors(attribution));
    return WaterfallChart.of("Warrant liability " + span.firstDay() + " to " + span.end()
        + ": change in fair value by input", "Warrant liability" + AxisUnit.MONEY.suffix(currency),
        new Bar("Opening " + span.start(), total.opening()), steps, new Bar("Closing " + span.end(), total.closing()));
  }

  /** The first book's fair value, the difference by input, the second's, in {@code currency} when named. */
  public static CategoryChart comparison(Comparison comparison, String first, String second,
      Optional<String> currency) {
    return WaterfallChart.of("Fair value: " + first + " to " + second, "Total fair value"
        + AxisUnit.MONEY.suffix(currency), new Bar(first, sum(comparison, true)),
        factors(comparison.attribution()), new Bar(second, sum(comparison, false)));
  }

  private static List<Bar> factors(Attribution attribution) {
    List<Bar> bars = new ArrayList<>();
    for (Step step : attribution.total().steps()) {
      bars.add(new Bar(AttributionText.label(step.factor()), step.amount()));
    }
    return bars;
  }

  private static BigDecimal sum(Comparison comparison, boolean first) {
    return Comparison.booked(first ? comparison.first() : comparison.second()).values().stream()
        .reduce(Money.zero(), BigDecimal::add);
  }
}
