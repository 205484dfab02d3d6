/**
 * JMH benchmarks of the engine and the warrant payoffs, each read as a ratio to {@code BaselineBenchmark}
 * (a bare loop of one normal and one exponential per path-step) measured in the same run, and the tool
 * that turns a JMH results file into the README's table.
 */
package org.warrantlab.bench;
