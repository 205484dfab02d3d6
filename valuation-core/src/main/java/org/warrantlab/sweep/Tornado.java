package org.warrantlab.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.result.Estimate;

/**
 * The sensitivity of a value to each input taken alone, as filings disclose it for Level 3 inputs: the
 * bars sorted by swing, widest first (the tornado's shape).
 *
 * @param measure what was measured
 * @param base the value with every input at its base
 * @param bars one per input, widest swing first
 */
public record Tornado(Measure measure, Estimate base, List<TornadoBar> bars) {

  public Tornado {
    bars = bars.stream().sorted(Comparator.comparingDouble(TornadoBar::swing).reversed()).toList();
  }

  /**
   * The tornado of {@code shocks} from their valuations, in the order {@link TornadoStudy#cases} makes them:
   * the base first, then each shock's low and high setting.
   */
  public static Tornado of(Measure measure, List<TornadoShock> shocks, List<BookValuation> values) {
    if (values.size() != 1 + 2 * shocks.size()) {
      throw new InvalidValueException("values", "must be the base and two per input (" + (1 + 2 * shocks.size())
          + ") but were " + values.size());
    }
    List<TornadoBar> bars = new ArrayList<>(shocks.size());
    for (int k = 0; k < shocks.size(); k++) {
      TornadoShock shock = shocks.get(k);
      bars.add(new TornadoBar(shock.input(), shock.lowText(), shock.highText(), measure.of(values.get(1 + 2 * k)),
          measure.of(values.get(2 + 2 * k)), shock.setting()));
    }
    return new Tornado(measure, measure.of(values.get(0)), bars);
  }
}
