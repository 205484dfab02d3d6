/**
 * The generic Monte Carlo engine: path payoffs as functions of normals, settings and sampling
 * (pseudo-random or randomised Sobol), blocks seeded from (seed, block) and merged in block order. Knows
 * nothing of warrants.
 */
package org.warrantlab.montecarlo;
