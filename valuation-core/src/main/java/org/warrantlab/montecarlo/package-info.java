/**
 * The generic Monte Carlo engine: path payoffs as functions of normals, settings and sampling; the
 * normal streams of a run (pseudo-random or randomised Sobol), cut into blocks seeded from (seed, block);
 * and the one loop that runs the blocks and merges them in block order. Knows nothing of warrants.
 */
package org.warrantlab.montecarlo;
