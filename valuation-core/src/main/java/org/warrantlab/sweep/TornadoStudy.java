package org.warrantlab.sweep;

import java.util.ArrayList;
import java.util.List;
import org.warrantlab.scenario.ValuationInputs;

/** A tornado from core inputs: the base, then each input moved alone to its low and its high setting, same seed. */
public final class TornadoStudy {

  private TornadoStudy() {
  }

  /** The inputs of each valuation: {@code base}, then each shock's low and high setting applied to it. */
  public static List<ValuationInputs> cases(ValuationInputs base, List<TornadoShock> shocks) {
    List<ValuationInputs> cases = new ArrayList<>(1 + 2 * shocks.size());
    cases.add(base);
    for (TornadoShock shock : shocks) {
      cases.add(base.apply(shock.low()));
      cases.add(base.apply(shock.high()));
    }
    return cases;
  }

  /** The tornado of {@code measure} over {@code shocks}, valued on {@code threads} threads. */
  public static Tornado run(ValuationInputs base, List<TornadoShock> shocks, Measure measure, int threads,
      Progress progress) {
    List<ValuationCase> cases = cases(base, shocks).stream().map(ValuationCase::of).toList();
    return Tornado.of(measure, shocks, ParallelValuations.run(cases, threads, progress));
  }
}
