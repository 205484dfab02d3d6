package org.warrantlab.cli.input;

import org.warrantlab.pricer.Sampling;
import org.warrantlab.pricer.SamplingMethod;
import org.warrantlab.pricer.SimulationSettings;
import org.warrantlab.pricer.exercise.EarlyExerciseSettings;
import org.warrantlab.pricer.exercise.RegressionBasis;
import org.warrantlab.pricer.exercise.RegressionSolver;

/**
 * Reads the optional {@code simulation} object, its {@code earlyExercise} and its sampling ({@code method},
 * {@code randomisations}); absent fields take the defaults.
 */
public final class SimulationReader {

  public static final long DEFAULT_PATHS = 100_000;
  public static final long DEFAULT_SEED = 1;

  private SimulationReader() {
  }

  static SimulationSettings read(JsonObjectReader root) {
    return root.optionalObject("simulation")
        .map(simulation -> simulation.build(() -> new SimulationSettings(
            simulation.optionalWholeNumber("paths").orElse(DEFAULT_PATHS),
            simulation.optionalWholeNumber("seed").orElse(DEFAULT_SEED),
            simulation.bool("antithetic", true),
            simulation.bool("controlVariate", true),
            SimulationSettings.defaultThreads(),
            earlyExercise(simulation),
            sampling(simulation))))
        .orElseGet(() -> new SimulationSettings(DEFAULT_PATHS, DEFAULT_SEED, true, true,
            SimulationSettings.defaultThreads()));
  }

  /** {@code method} (PSEUDO or SOBOL) and {@code randomisations}, checked with their JSON paths. */
  private static Sampling sampling(JsonObjectReader simulation) {
    SamplingMethod method = simulation.enumValue("method", SamplingMethod.class, SamplingMethod.PSEUDO);
    int randomisations = simulation.optionalInt("randomisations").orElse(Sampling.DEFAULT_RANDOMISATIONS);
    return new Sampling(method, randomisations);
  }

  private static EarlyExerciseSettings earlyExercise(JsonObjectReader simulation) {
    EarlyExerciseSettings defaults = EarlyExerciseSettings.DEFAULT;
    return simulation.optionalObject("earlyExercise")
        .map(early -> early.build(() -> new EarlyExerciseSettings(
            early.optionalInt("datesPerYear").orElse(defaults.datesPerYear()),
            early.optionalInt("calibrationPaths").orElse(defaults.calibrationPaths()),
            early.enumValue("basis", RegressionBasis.class, defaults.basis()),
            early.optionalInt("degree").orElse(defaults.degree()),
            early.enumValue("solver", RegressionSolver.class, defaults.solver()))))
        .orElse(defaults);
  }
}
