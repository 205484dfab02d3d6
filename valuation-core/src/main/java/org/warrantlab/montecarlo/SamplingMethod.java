package org.warrantlab.montecarlo;

/** How the normals that drive the simulated paths are drawn. */
public enum SamplingMethod {

  /** Pseudo-random: independent Xoshiro256PlusPlus normals, a stream per block of paths. */
  PSEUDO,

  /**
   * Randomised quasi-Monte Carlo: Sobol points ordered by a Brownian bridge, under independent random
   * digital shifts, the standard error taken across the shifts (see {@link QuasiMonteCarloRun}).
   */
  SOBOL
}
