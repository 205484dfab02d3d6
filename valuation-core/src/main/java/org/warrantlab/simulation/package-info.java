/**
 * The warrant book on simulated paths: the book resolved once onto its grid (schedule, exercise dates,
 * financing draws), the payoffs, and the walk of a path split by concern (financings, scheduled resets,
 * exercise offers, settlement, the listener that replays a path); the memory a run needs.
 */
package org.warrantlab.simulation;
