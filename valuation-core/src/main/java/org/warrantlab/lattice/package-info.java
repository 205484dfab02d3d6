/**
 * A binomial lattice for plain calls and puts, European, American or Bermudan: the independent check on
 * the Monte Carlo early-exercise values.
 */
package org.warrantlab.lattice;
