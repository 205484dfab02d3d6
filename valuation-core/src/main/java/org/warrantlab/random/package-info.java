/**
 * Reproducible random streams: a generator per (seed, block), digitally shifted Sobol points and
 * inverse-normal transforms.
 */
package org.warrantlab.random;
