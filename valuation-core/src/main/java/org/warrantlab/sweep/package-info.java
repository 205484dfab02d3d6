/**
 * Sensitivity studies: sweep grids, the tornado and its Level 3 inputs, convergence path counts and a
 * standard-error target. Each study is a set of valuation cases, the base inputs perturbed cell by cell or
 * input by input, run in parallel on the same seed.
 */
package org.warrantlab.sweep;
