package org.warrantlab.cli;

import java.util.List;
import org.warrantlab.montecarlo.MonteCarloEngine;
import org.warrantlab.montecarlo.SimulationPlan;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.sweep.ParallelValuations;
import org.warrantlab.sweep.Progress;
import org.warrantlab.sweep.ValuationCase;

/**
 * Where the cases of a study (sweep, tornado, convergence, batch) and the blocks of one large run (value,
 * greeks, each trial of a calibration) are valued: on this machine's threads, or elsewhere (a cluster) by a runner that rebuilds the same
 * cases with {@link Main#studyCases} and the same runs with {@link Main#simulationPlan}. Each case's result
 * depends on the case alone and each block's on the run and the block, so every valuer gives the same figures.
 */
@FunctionalInterface
public interface CaseValuer {

  /** Values on this machine's threads. */
  CaseValuer LOCAL = ParallelValuations::run;

  /**
   * The valuation of each case, in case order.
   *
   * @param threads the worker threads the command line asked for, on this machine
   */
  List<BookValuation> value(List<ValuationCase> cases, int threads, Progress progress);

  /**
   * The result of {@code plan}, its blocks simulated by this valuer; by default on up to {@code threads}
   * threads of this machine.
   */
  default <T> T execute(SimulationPlan<T> plan, int threads) {
    return MonteCarloEngine.DEFAULT.execute(plan, threads);
  }

  /**
   * The valuation of one trial of a calibration, {@code plan}, its blocks simulated by this valuer; a runner
   * elsewhere rebuilds the plan with {@link Main#calibrationTrial} from the command line and {@code at}, the
   * trial's value of the solved input.
   */
  default BookValuation trial(SimulationPlan<BookValuation> plan, double at, int threads) {
    return execute(plan, threads);
  }
}
