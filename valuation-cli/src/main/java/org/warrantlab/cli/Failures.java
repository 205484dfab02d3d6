package org.warrantlab.cli;

import java.io.PrintWriter;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;

/**
 * Reports a failed run in one line on standard error and gives its exit code: a {@link UserError} or a bad
 * command line is bad input (2), anything else an internal failure (1). With {@code --verbose}, the stack
 * trace follows the line.
 */
final class Failures {

  /** The environment variable the {@code warrantlab} launcher passes to Java, e.g. -Xmx8g. */
  static final String JAVA_OPTIONS = "WARRANTLAB_JAVA_OPTS";

  private final PrintWriter err;
  private final BooleanSupplier verbose;

  Failures(PrintWriter err, BooleanSupplier verbose) {
    this.err = err;
    this.verbose = verbose;
  }

  /** A command line picocli could not parse: names the command whose help lists its options. */
  int badCommandLine(CommandLine.ParameterException e) {
    String command = e.getCommandLine().getCommandSpec().qualifiedName();
    String suggestion = "";
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
      suggestion = "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
    }
    report("warrantlab: " + oneLine(e.getMessage()) + suggestion + " (see '" + command + " --help')", e);
    return Main.BAD_INPUT;
  }

  /** A command that threw: bad input when it says so, otherwise an internal failure. */
  int failed(Throwable e) {
    if (e instanceof UserError) {
      report("warrantlab: " + oneLine(e.getMessage()), e);
      return Main.BAD_INPUT;
    }
    if (causedBy(e, OutOfMemoryError.class)) {
      report("warrantlab: internal error: Java ran out of memory (" + Runtime.getRuntime().maxMemory() / (1 << 20)
          + " MB allowed) although the request's estimate fitted; reduce the paths, or allow more, e.g. "
          + JAVA_OPTIONS + "=-Xmx8g, and rerun with --verbose to report it", e);
      return Main.INTERNAL_FAILURE;
    }
    report("warrantlab: internal error: " + oneLine(String.valueOf(e)) + "; rerun with --verbose for the stack"
        + " trace and report it", e);
    return Main.INTERNAL_FAILURE;
  }

  private void report(String line, Throwable e) {
    err.println(ControlCharacters.escape(line));
    if (verbose.getAsBoolean()) {
      e.printStackTrace(err);
    }
    err.flush();
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  /** Messages are one line: a line break inside one (a parser's excerpt, say) becomes a space. */
  static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
