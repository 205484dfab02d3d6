package org.warrantlab.cli;

import org.warrantlab.montecarlo.SimulationPlan;

/** A command whose work is one simulation plan made from its input file and options. */
interface PlannedRun {

  /** The plan, as the command runs it. */
  SimulationPlan<?> plan();
}
