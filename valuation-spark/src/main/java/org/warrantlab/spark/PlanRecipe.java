package org.warrantlab.spark;

import java.io.Serializable;
import org.warrantlab.montecarlo.SimulationPlan;

/** How a task rebuilds the simulation plan whose blocks it simulates: the same plan the driver merges. */
@FunctionalInterface
interface PlanRecipe extends Serializable {

  /** The plan, rebuilt on the node that calls it. */
  SimulationPlan<?> plan();
}
