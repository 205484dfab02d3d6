package org.warrantlab.cli;

import org.warrantlab.cli.audit.SoftwareVersion;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;

/** {@code --version} of the top command and of every subcommand: the project version and its source revision. */
final class Version implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {SoftwareVersion.current().text()};
  }

  /** Gives every subcommand of {@code root} the top command's {@code --version}. */
  static void shareWith(CommandLine root) {
    for (CommandLine command : root.getSubcommands().values()) {
      command.getCommandSpec().versionProvider(new Version());
      shareWith(command);
    }
  }
}
