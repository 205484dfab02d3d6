package org.warrantlab.cli.input;

import org.warrantlab.pricer.SimulationSettings;
import org.warrantlab.pricer.exercise.EarlyExerciseSettings;
import org.warrantlab.pricer.exercise.RegressionBasis;
import org.warrantlab.pricer.exercise.RegressionSolver;

/** Reads the optional {@code simulation} object and its {@code earlyExercise}; absent fields take the defaults. */
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
            earlyExercise(simulation))))
        .orElseGet(() -> new SimulationSettings(DEFAULT_PATHS, DEFAULT_SEED, true, true,
            SimulationSettings.defaultThreads()));
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
