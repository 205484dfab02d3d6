/**
 * Charts (XChart) of sweeps, tornados and convergence studies, written as PNG or SVG.
 */
package org.warrantlab.cli.chart;
