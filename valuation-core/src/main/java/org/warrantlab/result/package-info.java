/**
 * Estimates with their standard errors and intervals, sample moments merged in a fixed order, and the
 * figures of Greeks.
 */
package org.warrantlab.result;
