/**
 * The liability roll-forward: measurement dates and events (issuances, exercises, expirations,
 * modifications), the change in fair value per period and year to date, and its per-share effect.
 */
package org.warrantlab.accounting;
