package org.warrantlab.lattice;

import java.util.Arrays;
import java.util.List;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;

/**
 * When an option may be exercised. Every rule allows exercise at expiry; the variants differ in what
 * they allow before it. A rule turns itself into a mask over the steps of a lattice.
 */
public sealed interface ExerciseRule permits ExerciseRule.European, ExerciseRule.American,
    ExerciseRule.Bermudan {

  /** Exercise only at expiry. */
  ExerciseRule EUROPEAN = new European();

  /** Exercise at any time up to expiry, including now. */
  ExerciseRule AMERICAN = new American();

  /** Exercise at the given times (years from now, ACT/365F) and at expiry. */
  static ExerciseRule bermudan(double... exerciseTimes) {
    Checks.notNull(exerciseTimes, "exerciseTimes");
    return new Bermudan(Arrays.stream(exerciseTimes).boxed().toList());
  }

  /**
   * Which steps of a lattice allow exercise.
   *
   * @param steps number of time steps; the result has {@code steps + 1} entries, index 0 being now
   *     and index {@code steps} expiry
   * @param years time to expiry in years, positive; step {@code i} is at {@code i * years / steps}
   * @return {@code allowed[i]} is true when exercise is allowed at step {@code i}; always true at expiry
   */
  boolean[] exerciseSteps(int steps, double years);

  /**
   * Checks that the rule fits an option expiring in {@code years}.
   *
   * @throws InvalidValueException naming the offending exercise time
   */
  default void checkWithin(double years) {
  }

  /** Exercise only at expiry. */
  record European() implements ExerciseRule {

    @Override
    public boolean[] exerciseSteps(int steps, double years) {
      boolean[] allowed = new boolean[steps + 1];
      allowed[steps] = true;
      return allowed;
    }
  }

  /** Exercise at every step, from now (step 0) to expiry. */
  record American() implements ExerciseRule {

    @Override
    public boolean[] exerciseSteps(int steps, double years) {
      boolean[] allowed = new boolean[steps + 1];
      Arrays.fill(allowed, true);
      return allowed;
    }
  }

  /**
   * Exercise at a list of times, and at expiry.
   *
   * <p>On a lattice each time {@code t} is moved to the nearest step,
   * {@code round(t * steps / years)} with halves rounded up, so the exercise date the lattice uses
   * may differ from {@code t} by up to half a step ({@code years / (2 * steps)}). Two times that fall
   * on the same step count once; a time that maps to step 0 allows exercise now. An empty list, or a
   * list holding only the expiry, is a European option. To put every time exactly on a step, choose a
   * step count that is a multiple of the dates per period: 50 dates a year for a year fall on the steps
   * of a 2,000-step tree but only near those of a 2,001-step one.
   *
   * @param exerciseTimes years from now (ACT/365F), each finite and non-negative, in any order; a
   *     {@link LatticeOption} also requires each to be no later than its expiry
   */
  record Bermudan(List<Double> exerciseTimes) implements ExerciseRule {

    public Bermudan {
      Checks.notNull(exerciseTimes, "exerciseTimes");
      for (int i = 0; i < exerciseTimes.size(); i++) {
        String field = "exerciseTimes[" + i + "]";
        Checks.nonNegative(Checks.notNull(exerciseTimes.get(i), field), field);
      }
      exerciseTimes = List.copyOf(exerciseTimes);
    }

    @Override
    public void checkWithin(double years) {
      for (int i = 0; i < exerciseTimes.size(); i++) {
        double time = exerciseTimes.get(i);
        if (time > years) {
          throw new InvalidValueException("exerciseTimes[" + i + "]",
              "(" + time + ") must not be after years (" + years + ")");
        }
      }
    }

    @Override
    public boolean[] exerciseSteps(int steps, double years) {
      boolean[] allowed = new boolean[steps + 1];
      allowed[steps] = true;
      for (double time : exerciseTimes) {
        long step = Math.round(time * steps / years);
        allowed[(int) Math.min(step, steps)] = true;
      }
      return allowed;
    }
  }
}
