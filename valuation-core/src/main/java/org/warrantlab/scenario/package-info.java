/**
 * Scenarios: the inputs of one valuation (market, book, financing assumptions, simulation settings) and a
 * closed set of perturbations that change them by place (a market field, a tranche's or a financing's field,
 * a date), applied in order. Greeks, sweeps and the tornado build their cases with them.
 */
package org.warrantlab.scenario;
