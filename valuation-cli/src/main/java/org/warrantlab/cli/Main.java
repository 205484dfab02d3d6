package org.warrantlab.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code warrantlab} command. Exit codes: 0 ok, 2 bad input, 1 internal failure. */
public final class Main {

  public static final int OK = 0;
  public static final int INTERNAL_FAILURE = 1;
  public static final int BAD_INPUT = 2;

  private Main() {
  }

  public static void main(String[] args) {
    int exitCode = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    System.exit(exitCode);
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new WarrantlabCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((e, arguments) -> {
      err.println("warrantlab: " + e.getMessage() + " (see --help)");
      err.flush();
      return BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((e, command, parseResult) -> {
      if (e instanceof UserError) {
        err.println("warrantlab: " + e.getMessage());
        err.flush();
        return BAD_INPUT;
      }
      err.println("warrantlab: internal error: " + e);
      err.flush();
      return INTERNAL_FAILURE;
    });
    return cli.execute(args);
  }
}
