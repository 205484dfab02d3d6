/**
 * Greeks of a warrant book: bump-and-revalue on common random numbers, pathwise delta and vega for plain
 * tranches, the bump sizes, and the memory a Greeks run needs.
 */
package org.warrantlab.greeks;
