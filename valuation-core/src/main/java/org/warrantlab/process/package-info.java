/**
 * The share-price process: geometric Brownian motion on a time grid, and the layout of a path's
 * normals as Brownian increments (for the Brownian bridge).
 */
package org.warrantlab.process;
