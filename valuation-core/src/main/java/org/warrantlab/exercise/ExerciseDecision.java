package org.warrantlab.exercise;

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
   * @param holdValue the discounted European value of holding the terms standing that day to expiry,
   *     without later resets or financings: a regressor of the continuation value and a floor under it,
   *     computed only when the decision asks
   */
  boolean exercise(int output, int date, double exerciseValue, DoubleSupplier holdValue);

  /** Holds every output to expiry. */
  ExerciseDecision NEVER = (output, date, exerciseValue, holdValue) -> false;
}
