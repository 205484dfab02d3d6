package org.warrantlab.cli.input;

import org.warrantlab.exercise.EarlyExerciseSettings;
import org.warrantlab.exercise.RegressionBasis;
import org.warrantlab.exercise.RegressionSolver;
import org.warrantlab.montecarlo.Sampling;
import org.warrantlab.montecarlo.SamplingMethod;
import org.warrantlab.montecarlo.SimulationSettings;

/**
 * Reads the optional {@code simulation} object, its {@code earlyExercise} and its sampling ({@code method},
 * {@code randomisations}); absent fields take the defaults.
 */
public final class SimulationReader {

  public static final long DEFAULT_PATHS = 100_000;
  public static final long DEFAULT_SEED = 1;

  private SimulationReader() {
  }

  /** The file's settings; the defaults when it has none (or, collecting, when they have a problem). */
  static SimulationSettings read(JsonObjectReader root) {
    return root.optionalObject("simulation", SimulationReader::settings)
        .orElseGet(() -> new SimulationSettings(DEFAULT_PATHS, DEFAULT_SEED, true, true,
            SimulationSettings.defaultThreads()));
  }

  private static SimulationSettings settings(JsonObjectReader simulation) {
    long paths = simulation.optionalWholeNumber("paths").orElse(DEFAULT_PATHS);
    long seed = simulation.optionalWholeNumber("seed").orElse(DEFAULT_SEED);
    boolean antithetic = simulation.bool("antithetic", true);
    boolean controlVariate = simulation.bool("controlVariate", true);
    EarlyExerciseSettings earlyExercise = simulation.optionalObject("earlyExercise", SimulationReader::earlyExercise)
        .orElse(EarlyExerciseSettings.DEFAULT);
    SamplingMethod method = simulation.enumValue("method", SamplingMethod.class, SamplingMethod.PSEUDO);
    int randomisations = simulation.optionalInt("randomisations").orElse(Sampling.DEFAULT_RANDOMISATIONS);
    return simulation.build(() -> new SimulationSettings(paths, seed, antithetic, controlVariate,
        SimulationSettings.defaultThreads(), earlyExercise, new Sampling(method, randomisations)));
  }

  private static EarlyExerciseSettings earlyExercise(JsonObjectReader early) {
    EarlyExerciseSettings defaults = EarlyExerciseSettings.DEFAULT;
    int datesPerYear = early.optionalInt("datesPerYear").orElse(defaults.datesPerYear());
    int calibrationPaths = early.optionalInt("calibrationPaths").orElse(defaults.calibrationPaths());
    RegressionBasis basis = early.enumValue("basis", RegressionBasis.class, defaults.basis());
    int degree = early.optionalInt("degree").orElse(defaults.degree());
    RegressionSolver solver = early.enumValue("solver", RegressionSolver.class, defaults.solver());
    int calibrations = early.optionalInt("calibrations").orElse(defaults.calibrations());
    int dualityPaths = early.optionalInt("dualityPaths").orElse(defaults.dualityPaths());
    int dualityContinuations = early.optionalInt("dualityContinuations").orElse(defaults.dualityContinuations());
    return early.build(() -> new EarlyExerciseSettings(datesPerYear, calibrationPaths, basis, degree, solver,
        calibrations, dualityPaths, dualityContinuations));
  }
}
