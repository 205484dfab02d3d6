package org.warrantlab.pricer.exercise;

import java.util.function.DoubleSupplier;

/** Asked, along a path, whether the holder of an output exercises it on one of its exercise dates. */
@FunctionalInterface
public interface ExerciseDecision {

  /**
   * Whether output {@code output} is exercised on its exercise date {@code date}, counting from 0, or
   * -1 for the valuation date; its expiry, the last, is never asked.
   *
   * @param exerciseValue the exercise value on the terms standing that day, discounted to the valuation
   *     date; positive
   * @param holdFloor a lower bound on the discounted value of holding on instead (the European value of
   *     the terms standing that day, without later resets), for the decision to compute only when needed
   */
  boolean exercise(int output, int date, double exerciseValue, DoubleSupplier holdFloor);

  /** Holds every output to expiry. */
  ExerciseDecision NEVER = (output, date, exerciseValue, holdFloor) -> false;
}
