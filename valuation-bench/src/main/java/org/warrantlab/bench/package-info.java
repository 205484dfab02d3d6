/**
 * JMH benchmarks of the engine and the warrant payoffs, each read as a ratio to {@code BaselineBenchmark}
 * (a bare loop of one normal and one exponential per path-step) measured in the same run, and the tool
 * that turns a JMH results file into the README's table; {@code ExponentialBenchmark} compares the core's
 * portable exponential with the JIT's and StrictMath's.
 */
package org.warrantlab.bench;
