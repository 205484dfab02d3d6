/**
 * Early exercise by Longstaff–Schwartz regression: paths that can be exercised, the regression basis and
 * solve, the fitted exercise policy, and its Andersen–Broadie duality gap (an upper bound by nested
 * simulation); calibration and outer paths run in the engine's blocks and streams.
 * Knows nothing of warrants.
 */
package org.warrantlab.exercise;
