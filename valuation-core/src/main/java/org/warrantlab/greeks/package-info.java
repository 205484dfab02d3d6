/**
 * Greeks of a warrant book: bump-and-revalue on common random numbers, pathwise delta and vega for plain
 * tranches, and the bump sizes.
 */
package org.warrantlab.greeks;
