/**
 * The warrant book on simulated paths: the dates a path visits, financing draws, resets, early exercise
 * dates and settlement as path payoffs; the replay of one path; the memory a run needs.
 */
package org.warrantlab.simulation;
