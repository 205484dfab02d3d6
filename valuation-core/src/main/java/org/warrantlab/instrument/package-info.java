/**
 * What a warrant says: its terms, exercise style, dilution and anti-dilution clause, and the warrant
 * resolved against a valuation date.
 */
package org.warrantlab.instrument;
