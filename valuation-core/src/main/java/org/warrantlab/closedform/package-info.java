/**
 * Closed forms: Black–Scholes values and Greeks, and the closed-form value of a warrant whose terms cannot
 * change (shares per warrant × dilution factor × call).
 */
package org.warrantlab.closedform;
