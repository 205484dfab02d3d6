/**
 * Reports of each command's results as a table, Markdown, JSON or CSV: formats live here and nowhere
 * in core.
 */
package org.warrantlab.cli.report;
