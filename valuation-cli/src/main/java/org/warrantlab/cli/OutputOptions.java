package org.warrantlab.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --output} option of every command that writes a report. */
final class OutputOptions {

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Write the report to PATH (atomically) instead of standard output.")
  Path output;

  /** Prints the report, or writes it to the {@code --output} file all at once. */
  void deliver(CommandSpec spec, String report) {
    OutputFile.deliver(spec.commandLine().getOut(), output, report);
  }
}
