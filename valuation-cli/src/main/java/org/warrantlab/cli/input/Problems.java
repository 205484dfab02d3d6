package org.warrantlab.cli.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the input readers put the problems they find, in the order they find them.
 *
 * <p>{@link #failFast()} (the commands): the first problem is thrown as an {@link InputException}.
 * {@link #collecting()} ({@code validate}): every problem is recorded and reading goes on. A field with a
 * problem reads as a placeholder; an object with a problem, its own or a nested one, skips the rules that
 * relate its fields (their failure could be a consequence of a placeholder) but still reports its unknown
 * fields, and is then left out of its parent. Both modes visit the input in the same order, so the first
 * problem collected is the one a command stops at.
 */
public final class Problems {

  private final boolean collect;
  private final List<InputException> found = new ArrayList<>();

  private Problems(boolean collect) {
    this.collect = collect;
  }

  /** Throws the first problem. */
  public static Problems failFast() {
    return new Problems(false);
  }

  /** Records every problem. */
  public static Problems collecting() {
    return new Problems(true);
  }

  /** Records {@code problem}; when failing fast, throws it instead. */
  public void report(InputException problem) {
    if (!collect) {
      throw problem;
    }
    found.add(problem);
  }

  /** The problems recorded so far, in the order found. */
  public List<InputException> all() {
    return List.copyOf(found);
  }

  public boolean any() {
    return !found.isEmpty();
  }

  int count() {
    return found.size();
  }

  /**
   * Reads one part of the input (an object, an array entry). Empty when the part has a problem, which is
   * then recorded (when collecting; failing fast, the problem propagates).
   */
  public <T> Optional<T> attempt(Supplier<T> part) {
    try {
      return Optional.ofNullable(part.get());
    } catch (Skipped e) {
      return Optional.empty();
    } catch (InputException e) {
      report(e);
      return Optional.empty();
    }
  }

  /** Abandons an object whose problems are recorded; the nearest {@link #attempt} goes on without it. */
  static Skipped skip() {
    return Skipped.INSTANCE;
  }

  /** Unwinds from an object with a recorded problem to the part that reads it. Never escapes a reader. */
  static final class Skipped extends RuntimeException {
    private static final Skipped INSTANCE = new Skipped();

    private Skipped() {
      super("input part skipped after a recorded problem", null, false, false);
    }
  }
}
