package org.warrantlab.cli.input;

import org.warrantlab.pricer.SimulationSettings;

/** Reads the optional {@code simulation} object; absent fields take the defaults. */
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
            SimulationSettings.defaultThreads())))
        .orElseGet(() -> new SimulationSettings(DEFAULT_PATHS, DEFAULT_SEED, true, true,
            SimulationSettings.defaultThreads()));
  }
}
