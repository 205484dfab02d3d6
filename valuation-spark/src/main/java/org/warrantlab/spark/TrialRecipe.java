package org.warrantlab.spark;

import org.warrantlab.cli.Main;
import org.warrantlab.montecarlo.SimulationPlan;

/**
 * The plan of one trial of a calibration: the calibrate command line with its solved input at {@code at}, so
 * every trial's job rebuilds the trial the driver's solver asked for, on the command's seed.
 *
 * @param calibration the calibrate command line and its files
 * @param at the trial's value of the solved input
 */
record TrialRecipe(StudyRecipe calibration, double at) implements PlanRecipe {

  @Override
  public SimulationPlan<?> plan() {
    return Main.calibrationTrial(at, calibration.localArgs());
  }
}
