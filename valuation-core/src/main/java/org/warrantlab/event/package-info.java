/**
 * Financings the model simulates (dated windows or a Poisson rate, size, issue-price rule) and the share
 * issue a financing makes on a path.
 */
package org.warrantlab.event;
