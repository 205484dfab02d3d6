/**
 * Early exercise by Longstaff–Schwartz regression: paths that can be exercised, the regression basis and
 * solve, and the fitted exercise policy; its calibration paths run in the engine's blocks and streams.
 * Knows nothing of warrants.
 */
package org.warrantlab.exercise;
