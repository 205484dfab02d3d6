/**
 * The share-price process: geometric Brownian motion on a time grid, the walker that steps a path along
 * it and hands a contract its busy steps, and the layout of a path's normals as Brownian increments (for
 * the Brownian bridge).
 */
package org.warrantlab.process;
