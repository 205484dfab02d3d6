package org.warrantlab.sweep;

import java.util.Comparator;
import java.util.List;
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
}
