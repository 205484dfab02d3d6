package org.warrantlab.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Entry point of the {@code warrantlab} command. Exit codes: 0 ok, 2 bad input, 1 internal failure. Every
 * error is one line on standard error; {@code --verbose} adds the stack trace after it.
 */
public final class Main {

  public static final int OK = 0;
  public static final int INTERNAL_FAILURE = 1;
  public static final int BAD_INPUT = 2;

  private Main() {
  }

  public static void main(String[] args) {
    Interruption interruption = Interruption.watch(System.err);
    int exitCode = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    interruption.finished();
    System.exit(exitCode);
  }

  /** {@code help COMMAND ...} as {@code COMMAND ... --help}, so that it shows the command's help, as git's does. */
  private static String[] helpAsOption(String... args) {
    if (!args[0].equals("help")) {
      return args;
    }
    String[] asked = new String[args.length];
    System.arraycopy(args, 1, asked, 0, args.length - 1);
    asked[args.length - 1] = "--help";
    return asked;
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    WarrantlabCommand top = new WarrantlabCommand();
    CommandLine cli = new CommandLine(top);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(Long.class, CountConverter.longs());
    cli.registerConverter(Long.TYPE, CountConverter.longs());
    cli.registerConverter(Integer.class, CountConverter.ints());
    cli.registerConverter(Integer.TYPE, CountConverter.ints());
    FormatOption.describeIn(cli);
    Version.shareWith(cli);
    Failures failures = new Failures(err, top::verbose);
    cli.setParameterExceptionHandler((e, arguments) -> failures.badCommandLine(e));
    cli.setExecutionExceptionHandler((e, command, parseResult) -> failures.failed(e));
    if (args.length == 0) {
      cli.usage(err);
      err.flush();
      return BAD_INPUT;
    }
    try {
      return cli.execute(helpAsOption(args));
    } catch (OutOfMemoryError | StackOverflowError e) {
      return failures.failed(e);
    }
  }
}
