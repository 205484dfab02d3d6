/**
 * What lets a reader re-perform a report: the software version and source revision it was built from, and
 * the run's audit trail (input file and its SHA-256, seed, paths, method). Every format prints it.
 */
package org.warrantlab.cli.audit;
