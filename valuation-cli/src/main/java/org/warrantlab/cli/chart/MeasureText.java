package org.warrantlab.cli.chart;

import java.util.Optional;
import org.warrantlab.sweep.Measure;

/** The figure a chart follows, in a title's words and, with its currency, as a value axis's title. */
final class MeasureText {

  private MeasureText() {
  }

  /** "Total fair value", "Fair value per warrant of tranche 2008-09". */
  static String words(Measure measure) {
    return measure.tranche().map(id -> "Fair value per warrant of " + InputLabel.tranche(id))
        .orElse("Total fair value");
  }

  /** The words with the book's currency, when it names one: "Total fair value (USD)". */
  static String axisTitle(Measure measure, Optional<String> currency) {
    return words(measure) + AxisUnit.MONEY.suffix(currency);
  }
}
