/**
 * Numerical functions whose results do not depend on the machine: the exponential, logarithm and power
 * every valuation uses, so that the same input and seed give the same bytes on any JVM and CPU.
 */
package org.warrantlab.math;
