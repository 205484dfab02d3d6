package org.warrantlab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "warrantlab", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Monte Carlo fair values of liability-classified stock warrants.",
    subcommands = {ValueCommand.class, ExplainCommand.class, RollForwardCommand.class, VolCommand.class,
        VwapCommand.class, GreeksCommand.class, SweepCommand.class, ConvergeCommand.class, TornadoCommand.class,
        CalibrateCommand.class, ValidateCommand.class, CompareCommand.class},
    footer = {"", "Exit codes: 0 ok, 2 bad input, 1 internal failure. Each error is one line on",
        "standard error; --verbose adds its stack trace. To let Java use more memory:",
        "  " + Failures.JAVA_OPTIONS + "=-Xmx8g ./warrantlab ...", "",
        "Examples:", "  warrantlab value examples/plain-warrant.json",
        "  warrantlab validate examples/capstone-fy2010-rollforward.json",
        "  warrantlab value --help"})
final class WarrantlabCommand implements Runnable {

  @Spec
  private CommandSpec spec;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "After an error's one-line message, print its stack trace.")
  private boolean verbose;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  boolean verbose() {
    return verbose;
  }
}
