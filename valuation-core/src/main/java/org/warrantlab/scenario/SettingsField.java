package org.warrantlab.scenario;

import org.warrantlab.exercise.EarlyExerciseSettings;
import org.warrantlab.montecarlo.SimulationSettings;

/** A number of the simulation settings, each a whole number. */
public enum SettingsField {

  PATHS {
    @Override
    double of(SimulationSettings settings) {
      return settings.paths();
    }

    @Override
    SimulationSettings with(SimulationSettings settings, double value) {
      return settings.withPaths(WholeNumbers.toLong(value, "paths"));
    }
  },

  SEED {
    @Override
    double of(SimulationSettings settings) {
      return settings.seed();
    }

    @Override
    SimulationSettings with(SimulationSettings settings, double value) {
      return settings.withSeed(WholeNumbers.toLong(value, "seed"));
    }
  },

  /** Independent shifts of a Sobol point set. */
  RANDOMISATIONS {
    @Override
    double of(SimulationSettings settings) {
      return settings.sampling().randomisations();
    }

    @Override
    SimulationSettings with(SimulationSettings settings, double value) {
      return settings.withSampling(settings.sampling().withRandomisations(WholeNumbers.toInt(value,
          "randomisations")));
    }
  },

  /** Early-exercise dates a year of an American tranche. */
  EXERCISE_DATES_PER_YEAR {
    @Override
    double of(SimulationSettings settings) {
      return settings.earlyExercise().datesPerYear();
    }

    @Override
    SimulationSettings with(SimulationSettings settings, double value) {
      EarlyExerciseSettings early = settings.earlyExercise();
      return settings.withEarlyExercise(early.withDatesPerYear(WholeNumbers.toInt(value, "datesPerYear")));
    }
  },

  /** Paths that fit the early-exercise policy. */
  CALIBRATION_PATHS {
    @Override
    double of(SimulationSettings settings) {
      return settings.earlyExercise().calibrationPaths();
    }

    @Override
    SimulationSettings with(SimulationSettings settings, double value) {
      EarlyExerciseSettings early = settings.earlyExercise();
      return settings.withEarlyExercise(early.withCalibrationPaths(WholeNumbers.toInt(value, "calibrationPaths")));
    }
  },

  /** Basis functions of the early-exercise regression besides the constant. */
  REGRESSION_DEGREE {
    @Override
    double of(SimulationSettings settings) {
      return settings.earlyExercise().degree();
    }

    @Override
    SimulationSettings with(SimulationSettings settings, double value) {
      EarlyExerciseSettings early = settings.earlyExercise();
      return settings.withEarlyExercise(early.withDegree(WholeNumbers.toInt(value, "degree")));
    }
  };

  abstract double of(SimulationSettings settings);

  abstract SimulationSettings with(SimulationSettings settings, double value);
}
