/**
 * Sensitivity studies: sweep grids, the tornado, convergence path counts and a standard-error target,
 * each a set of valuation cases run in parallel.
 */
package org.warrantlab.sweep;
