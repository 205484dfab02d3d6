package org.warrantlab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "warrantlab", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Monte Carlo fair values of liability-classified stock warrants.",
    subcommands = {ValueCommand.class, ExplainCommand.class, RollForwardCommand.class, VolCommand.class,
        VwapCommand.class, GreeksCommand.class, SweepCommand.class, ConvergeCommand.class, TornadoCommand.class},
    footer = {"", "Exit codes: 0 ok, 2 bad input, 1 internal failure.", "",
        "Example:", "  warrantlab value examples/plain-warrant.json"})
final class WarrantlabCommand implements Runnable {

  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
