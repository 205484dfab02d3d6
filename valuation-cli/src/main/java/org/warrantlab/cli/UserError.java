package org.warrantlab.cli;

import java.nio.file.Path;
import org.warrantlab.cli.input.InputException;

/** A failure the user can fix: reported as one line on stderr with exit code 2, never a stack trace. */
public final class UserError extends RuntimeException {

  public UserError(String message) {
    super(message);
  }

  /** An input problem located in {@code file}: "FILE: json.path problem", or "FILE problem" for the whole file. */
  public static UserError in(Path file, InputException problem) {
    String where = problem.location().isEmpty() ? " " : ": " + problem.location() + " ";
    return new UserError(file + where + problem.problem());
  }
}
