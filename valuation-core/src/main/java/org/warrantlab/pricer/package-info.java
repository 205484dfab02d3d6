/**
 * The entry point: {@link org.warrantlab.pricer.MonteCarloWarrantPricer} values a book of warrant
 * tranches on common paths, with the closed form beside each tranche that has one.
 */
package org.warrantlab.pricer;
