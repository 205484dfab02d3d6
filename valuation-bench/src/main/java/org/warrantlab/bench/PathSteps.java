package org.warrantlab.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A secondary score of every simulation benchmark: the path-steps it simulated, per second, so that each
 * one reads as a ratio to {@link BaselineBenchmark}'s path-steps per second in the same run.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class PathSteps {

  /** Path-steps simulated in this iteration; JMH divides it by the iteration's time. */
  public long pathSteps;

  @Setup(Level.Iteration)
  public void clear() {
    pathSteps = 0;
  }

  void add(long paths, long steps) {
    pathSteps += paths * steps;
  }
}
