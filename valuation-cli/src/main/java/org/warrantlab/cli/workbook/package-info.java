/**
 * The audit file: Excel workbooks of each command's results with live formulas (totals are sums, closings
 * foot, per-share effects divide), number formats, frozen headers and print areas, written byte for byte the
 * same on every run but for the run-time cell.
 */
package org.warrantlab.cli.workbook;
