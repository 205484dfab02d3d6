/**
 * One pool of worker threads for the process, on which blocks and cases run.
 */
package org.warrantlab.parallel;
