/**
 * Charts (XChart) of sweeps, tornados, convergence studies and attributions, written as PNG or SVG: inputs
 * named in words with their units ({@code InputLabel}), the base case marked, and an SVG's words kept as
 * text elements rather than glyph outlines.
 */
package org.warrantlab.cli.chart;
