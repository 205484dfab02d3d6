package org.warrantlab.cli;

import java.io.PrintWriter;
import java.util.List;
import org.warrantlab.montecarlo.SimulationPlan;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.sweep.ValuationCase;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

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

  /** Options read as people type them: enum values in any case, counts such as {@code 1e6} or {@code 1_000_000}. */
  private static void readsAsTyped(CommandLine cli) {
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(Long.class, CountConverter.longs());
    cli.registerConverter(Long.TYPE, CountConverter.longs());
    cli.registerConverter(Integer.class, CountConverter.ints());
    cli.registerConverter(Integer.TYPE, CountConverter.ints());
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, CaseValuer.LOCAL, args);
  }

  /** Runs the command line with the studies' cases valued by {@code valuer}, and returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, CaseValuer valuer, String... args) {
    WarrantlabCommand top = new WarrantlabCommand(valuer);
    CommandLine cli = new CommandLine(top);
    cli.setOut(out);
    cli.setErr(err);
    readsAsTyped(cli);
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

  /**
   * The cases the study command line {@code args} values, in its order: what a remote runner rebuilds from
   * the command line to value some of them.
   *
   * @throws IllegalArgumentException when {@code args} is not a command that values a list of cases
   */
  public static List<ValuationCase> studyCases(String... args) {
    if (!(command(args) instanceof CaseStudy study)) {
      throw new IllegalArgumentException("not a study command: " + String.join(" ", args));
    }
    return study.cases();
  }

  /**
   * The simulation plan the command line {@code args} (value, greeks) runs: what a remote runner rebuilds to
   * simulate some of its blocks.
   *
   * @throws IllegalArgumentException when {@code args} is not a command that runs one plan
   */
  public static SimulationPlan<?> simulationPlan(String... args) {
    if (!(command(args) instanceof PlannedRun run)) {
      throw new IllegalArgumentException("not a command that runs one simulation plan: " + String.join(" ", args));
    }
    return run.plan();
  }

  /**
   * The plan of the trial at {@code at} (the solved input's value) of the calibration the command line
   * {@code args} runs: what a remote runner rebuilds to simulate some of the trial's blocks.
   *
   * @throws IllegalArgumentException when {@code args} is not a calibration
   */
  public static SimulationPlan<BookValuation> calibrationTrial(double at, String... args) {
    if (!(command(args) instanceof CalibrateCommand run)) {
      throw new IllegalArgumentException("not a calibration: " + String.join(" ", args));
    }
    return run.trialPlan(at);
  }

  /**
   * The subcommand object the command line {@code args} parses into, its options set as {@link #run} sets them;
   * else the top command.
   */
  private static Object command(String... args) {
    CommandLine cli = new CommandLine(new WarrantlabCommand(CaseValuer.LOCAL));
    readsAsTyped(cli);
    ParseResult parsed = cli.parseArgs(args);
    return parsed.hasSubcommand() ? parsed.subcommand().commandSpec().userObject() : cli.getCommand();
  }
}
